import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type SeatChange } from '../contract';
import { callApi } from './client';

export const seatQuery = queryOptions({
  queryKey: ['seat'] as const,
  queryFn: ({ signal }) => callApi(api.seat, { signal }),
  refetchInterval: 60_000,
});

export const useSeat = () => useQuery(seatQuery);

export const changeSeat = (change: SeatChange) => callApi(api.changeSeat, { body: change });

/** Every change answers the whole seat view; the cache takes it as it is. */
export function useChangeSeat() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeSeat,
    onSuccess: (view) => queryClient.setQueryData(seatQuery.queryKey, view),
  });
}
