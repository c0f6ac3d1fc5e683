import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';

export const handoverQuery = queryOptions({
  queryKey: ['handover'] as const,
  queryFn: ({ signal }) => callApi(api.handover, { signal }),
});

export const useHandover = () => useQuery(handoverQuery);
