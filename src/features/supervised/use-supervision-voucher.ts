import { useEffect } from 'react';
// By path, not through the api index, whose barrel would bring more into the first load.
import { endSupervision, readSupervision, vouchSupervision } from '../../api/seat-supervision';
import { useTelephony, type SupervisionVoucher } from '../../telephony';

/**
 * The seat's phone checks every supervisor's call with the API, which alone decides: an API that
 * cannot be reached vouches for nobody, so the call is refused rather than let in unchecked.
 */
export const apiVoucher: SupervisionVoucher = {
  vouch: (grant, callerSipCallId) => vouchSupervision(grant, callerSipCallId).catch(() => null),
  current: (id) => readSupervision(id).catch(() => null),
  ended: (id, reason) => {
    // A grant that lapsed unused is the API's own finding; the seat only reports what it ended.
    if (reason === 'expired') return;
    // Unreported, the API still ends it with the call (its own call-end rule): nothing to retry.
    void endSupervision(id, reason).catch(() => undefined);
  },
};

/** While the workstation is open, its phone asks the API about supervisors' calls. */
export function useSupervisionVoucher(): void {
  const telephony = useTelephony();
  useEffect(() => {
    telephony.setSupervisionVoucher(apiVoucher);
    return () => telephony.setSupervisionVoucher(null);
  }, [telephony]);
}
