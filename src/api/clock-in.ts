import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';
import { seatQuery } from './seat';

export const clockIn = () => callApi(api.clockIn);

export function useClockIn() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: clockIn, onSuccess: (view) => queryClient.setQueryData(seatQuery.queryKey, view) });
}
