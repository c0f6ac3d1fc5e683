import { api, type StartContactRequest } from '../contract';
import { callApi } from './client';

/** Sent through the record feature's outbox, which retries it: a plain function, not a mutation. */
export const startContact = (request: StartContactRequest) => callApi(api.startContact, { body: request });
