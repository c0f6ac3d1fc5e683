import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type HelpState } from '../contract';
import { callApi } from './client';

/** Re-read while a request waits to be seen; a supervisor acknowledges within seconds or minutes. */
const WAITING_REFETCH_MS = 3000;

const waiting = (state: HelpState | undefined) => Boolean(state?.request && state.request.acknowledgedAt === null);

/**
 * The counsellor's latest help request. The event stream does not reach the counsellor's screen
 * yet, so while a request is open this is re-read every few seconds to learn that it was seen;
 * when the stream does, its alert events update this cache instead.
 */
export const helpQuery = queryOptions({
  queryKey: ['live', 'help'] as const,
  queryFn: ({ signal }) => callApi(api.myHelpRequest, { signal }),
  refetchInterval: (query) => (waiting(query.state.data) ? WAITING_REFETCH_MS : false),
});

export const useHelpState = () => useQuery(helpQuery);

/** Asks the supervisors on duty for help; the answer (the new or still open request) is the state. */
export function useRequestHelp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => callApi(api.requestHelp, { body: { reason } }),
    onSuccess: (request) => queryClient.setQueryData(helpQuery.queryKey, { request }),
  });
}
