import { api } from '../contract';
import { callApi } from './client';

/** The counsellor asks for it to call back; the API audits every reveal. */
export const revealCallerNumber = (id: string) => callApi(api.revealCallerNumber, { params: { id } });
