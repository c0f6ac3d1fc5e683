import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type CloseFollowUpRequest } from '../contract';
import { callApi } from './client';
import { contactKeys } from './contacts';
import { handoverQuery } from './handover';

type FollowUpState = 'open' | 'closed' | 'all';

// Imported by the follow-up screens directly, not through the index: only their lazy chunk needs it.

/**
 * Under the records' key: completing a record (which may leave a follow-up) refreshes the list
 * with them. Polled slowly for the tasks others close or are given meanwhile.
 */
export const followUpsQuery = (state: FollowUpState) =>
  queryOptions({
    queryKey: [...contactKeys.all, 'follow-ups', state] as const,
    queryFn: ({ signal }) => callApi(api.followUps, { query: { state }, signal }),
    refetchInterval: 60_000,
  });

export const useFollowUps = (state: FollowUpState) => useQuery(followUpsQuery(state));

/** Closes a follow-up with its outcome; the lists, the record and the handover are read again. */
export function useCloseFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: CloseFollowUpRequest }) =>
      callApi(api.closeFollowUp, { params: { id }, body: request }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contactKeys.all }),
        queryClient.invalidateQueries({ queryKey: handoverQuery.queryKey }),
      ]),
  });
}

/** A supervisor gives a follow-up to a counsellor of the centre, or (null) leaves it to anyone. */
export function useReassignFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, assignedToId }: { id: string; assignedToId: string | null }) =>
      callApi(api.reassignFollowUp, { params: { id }, body: { assignedToId } }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: [...contactKeys.all, 'follow-ups'] }),
        queryClient.invalidateQueries({ queryKey: handoverQuery.queryKey }),
      ]),
  });
}
