import { api, SipCredentialsRequest } from '../contract';
import { callApi } from './client';

export { SipCredentialsRequest as sipCredentialsSchema };

/**
 * Deliberately not a cached query: every call issues fresh credentials and revokes this
 * identity's older ones, which is how a newer tab takes the seat.
 */
export const issueSipCredentials = (request: SipCredentialsRequest) => callApi(api.sipCredentials, { body: request });
