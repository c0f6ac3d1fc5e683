// By path: the endpoint is in the first load's table; the rest of training is the trainer's.
import { trainingCallEndpoints } from '../contract/api-training-call';
import { callApi } from './client';

/** The API's word on a mock call's grant, for the trainee's call with this SIP Call-ID. */
export const vouchTraining = (grant: { id: string; token: string }, sipCallId: string) =>
  callApi(trainingCallEndpoints.vouchTraining, { params: { id: grant.id }, body: { token: grant.token, callId: sipCallId } });
