import { api } from '../contract';
import { mockCallEndpoints } from '../contract/api-training';

/**
 * What the trainee's phone loads when a mock call ends (the training contract stays off the first
 * load). With the first load's own table beside it, already loaded: a chunk reaching only part of
 * the contract splits the first load's contract chunk in two, measured at +1.3 KB gzip.
 */
export const endpoints = { ...api, ...mockCallEndpoints } as const;
