import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';

export const transferTargetsQuery = queryOptions({
  queryKey: ['transfer-targets'] as const,
  queryFn: ({ signal }) => callApi(api.transferTargets, { signal }),
  // The supervisor on duty changes through a shift.
  staleTime: 60_000,
});

export const useTransferTargets = () => useQuery(transferTargetsQuery);
