import { api } from '../contract';
import { callApi } from './client';

/*
 * The counsellor's phone asks these of the API while a supervisor's call is on the line (plain
 * functions: the phone calls them, no screen waits on them).
 */

/** The API's word on a grant offered with a call to this seat, on this caller's call. */
export const vouchSupervision = (grant: { id: string; token: string }, callerSipCallId: string) =>
  callApi(api.vouchSupervision, { params: { id: grant.id }, body: { token: grant.token, callId: callerSipCallId } });

export const readSupervision = (id: string) => callApi(api.supervision, { params: { id } });

export { endSupervision } from './end-supervision';
