import { queryOptions } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';

/** The receiving side's view of a hand-off, read with the token that came in the call's header. */
export const handoffQuery = (handoff: { id: string; token: string }) =>
  queryOptions({
    queryKey: ['handoff', handoff.id] as const,
    queryFn: ({ signal }) => callApi(api.readHandoff, { params: { handoffId: handoff.id }, body: { token: handoff.token }, signal }),
    staleTime: Infinity,
    // The counsellor's browser may not have delivered it yet (it queues it when the API is away).
    retry: 10,
    retryDelay: 1000,
  });
