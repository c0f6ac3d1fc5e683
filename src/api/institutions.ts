import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';

export const institutionsQuery = queryOptions({
  queryKey: ['institutions'] as const,
  queryFn: ({ signal }) => callApi(api.institutions, { signal }),
  staleTime: 60 * 60_000,
});

export const useInstitutions = () => useQuery(institutionsQuery);
