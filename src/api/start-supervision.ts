import { useMutation } from '@tanstack/react-query';
import type { StartSupervisionRequest } from '../contract';
import { supervisionEndpoints } from '../contract/api-supervision';
import { callApi } from './client';

/** A single-use grant to dial the counsellor's seat with; the API refuses a call that is not live or not of my centre. */
export const startSupervision = (request: StartSupervisionRequest) => callApi(supervisionEndpoints.startSupervision, { body: request });

export const useStartSupervision = () => useMutation({ mutationFn: startSupervision });
