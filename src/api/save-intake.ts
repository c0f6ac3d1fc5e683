import { api, type Intake } from '../contract';
import { callApi } from './client';

/** Sent through the record feature's outbox, which retries it: a plain function, not a mutation. */
export const saveIntake = (id: string, revision: number, intake: Intake) =>
  callApi(api.saveIntake, { params: { id }, body: { revision, intake } });
