// Loaded when a mock call ends, never with the page: its endpoint table brings the training contract.
import { mockCallEndpoints } from '../contract/api-training';
import { callApi } from './client';

/** The trainee's phone says the mock call is over (the trainer's console hears it from the API). */
export const endTrainingCall = (id: string) => callApi(mockCallEndpoints.endTrainingCall, { params: { id }, body: { reason: 'call-ended' } });
