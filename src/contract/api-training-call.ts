import { endpoint } from './endpoint';
import { staffOnCalls } from './api-records';
import { TrainingCallParams, VouchedTraining, VouchTrainingRequest } from './training-call';

/** What the trainee's phone asks of a mock call (#14); spread into `api`, the first load's table. */
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
