import { endpoint } from './endpoint';
import { staffOnCalls } from './api-records';
import { TrainingCallParams, VouchedTraining, VouchTrainingRequest } from './training-vouch';

/**
 * What the trainee's phone asks of a mock call (#14). In `screenEndpoints`, not `api`: the phone
 * loads it when a mock call arrives, so the counsellor's first load does not carry it.
 */
export const trainingCallEndpoints = {
  vouchTraining: endpoint({
    method: 'post',
    path: '/api/training/calls/{id}/vouch',
    summary: 'The trainee’s phone presents a mock call’s grant with the call’s SIP Call-ID; refused unless it is this seat’s live grant',
    tag: 'training',
    access: staffOnCalls,
    params: TrainingCallParams,
    body: VouchTrainingRequest,
    response: VouchedTraining,
  }),
} as const;
