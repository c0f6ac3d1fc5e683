import { api } from '../contract';
import { callApi } from './client';

/** The number goes in the body: a caller's number never appears in a URL or a server log line. */
export const lookUpCallerHistory = (callId: string, callerNumber: string) => callApi(api.callerHistory, { body: { callId, callerNumber } });
