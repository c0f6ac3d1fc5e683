import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';

export const linesQuery = queryOptions({
  queryKey: ['lines'] as const,
  queryFn: ({ signal }) => callApi(api.lines, { signal }),
  staleTime: 10 * 60_000,
});

export const useLines = () => useQuery(linesQuery);
