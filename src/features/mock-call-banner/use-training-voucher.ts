import { useEffect } from 'react';
// By path, not through the api index, whose barrel would bring more into the first load.
import { callApi } from '../../api/client';
import { vouchTraining } from '../../api/training-call';
import { useTelephony, type TrainingVoucher } from '../../telephony';

/**
 * The trainee's phone checks every mock call with the API, which alone decides: an API that
 * cannot be reached vouches for nothing, so the call is refused rather than rung unchecked.
 */
export const apiTrainingVoucher: TrainingVoucher = {
  vouch: (grant, sipCallId) => vouchTraining(grant, sipCallId).catch(() => null),
  ended: (id) => {
    // Unreported, the API still ends it when the trainer's console hangs up: nothing to retry.
    void import('../../api/end-training-call')
      .then(({ endpoints }) => callApi(endpoints.endTrainingCall, { params: { id }, body: { reason: 'call-ended' } }))
      .catch(() => undefined);
  },
};

/** While the workstation is open, its phone asks the API about trainers' mock calls. */
export function useTrainingVoucher(): void {
  const telephony = useTelephony();
  useEffect(() => {
    telephony.setTrainingVoucher(apiTrainingVoucher);
    return () => telephony.setTrainingVoucher(null);
  }, [telephony]);
}
