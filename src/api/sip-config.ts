import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';

export const sipConfigQuery = queryOptions({
  queryKey: ['telephony', 'config'] as const,
  queryFn: ({ signal }) => callApi(api.sipConfig, { signal }),
  staleTime: Infinity,
});

export const useSipConfig = () => useQuery(sipConfigQuery);
