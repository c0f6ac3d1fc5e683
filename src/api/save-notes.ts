import { api, type Notes } from '../contract';
import { callApi } from './client';

/** Sent through the record feature's outbox, which retries it: a plain function, not a mutation. */
export const saveNotes = (id: string, revision: number, notes: Notes) =>
  callApi(api.saveNotes, { params: { id }, body: { revision, notes } });
