import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';
import { seatQuery } from './seat';

export const clockOut = (handoverNote: string) => callApi(api.clockOut, { body: { handoverNote } });

export function useClockOut() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: clockOut, onSuccess: () => queryClient.invalidateQueries({ queryKey: seatQuery.queryKey }) });
}
