import { queryOptions } from '@tanstack/react-query';
import { api } from '../contract';
import { ApiError, callApi } from './client';

/** The receiving side's view of a hand-off, read with the token that came in the call's header. */
export const handoffQuery = (handoff: { id: string; token: string }) =>
  queryOptions({
    queryKey: ['handoff', handoff.id] as const,
    queryFn: ({ signal }) => callApi(api.readHandoff, { params: { handoffId: handoff.id }, body: { token: handoff.token }, signal }),
    staleTime: Infinity,
    // The counsellor's browser may not have delivered it yet (it queues it when the API is away);
    // an expired packet will not come back.
    retry: (failures, error) => failures < 10 && !(error instanceof ApiError && error.code === 'expired'),
    retryDelay: 1000,
  });
