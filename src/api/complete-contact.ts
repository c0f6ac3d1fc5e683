import { api, type CompleteContactRequest } from '../contract';
import { callApi } from './client';

/** Completing is done online: the API checks the record is whole before it accepts it. */
export const completeContact = (id: string, request: CompleteContactRequest) =>
  callApi(api.completeContact, { params: { id }, body: request });
