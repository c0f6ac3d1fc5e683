import { api, type SipSeatHolderQuery } from '../contract';
import { callApi } from './client';

/** Asked every few seconds by a registered tab: a newer tab in the same browser says so at once, one on another device cannot. */
export const checkSipSeatHolder = (query: SipSeatHolderQuery) => callApi(api.sipSeatHolder, { query });
