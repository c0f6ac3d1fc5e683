import { useQuery } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';

/**
 * A simulated caller's place in the hotline's queue, asked every 2 s while the call waits: the
 * caller's phone hears no more than a tone, and only the API knows the line.
 */
export const useQueuePosition = (callId: string, waiting: boolean) =>
  useQuery({
    queryKey: ['queue-position', callId] as const,
    queryFn: ({ signal }) => callApi(api.queuePosition, { query: { callId }, signal }),
    enabled: waiting,
    refetchInterval: waiting ? 2000 : false,
    retry: false,
  });
