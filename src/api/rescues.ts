import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';

export const rescuesQuery = (scope: 'mine' | 'centre') =>
  queryOptions({
    queryKey: ['rescues', scope] as const,
    queryFn: ({ signal }) => callApi(api.rescues, { query: { scope }, signal }),
    refetchInterval: 30_000,
  });

export const useRescues = (scope: 'mine' | 'centre') => useQuery(rescuesQuery(scope));
