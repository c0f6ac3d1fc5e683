import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';

export const centreSettingsQuery = (areaCode: string) =>
  queryOptions({
    queryKey: ['centre-settings', areaCode] as const,
    queryFn: ({ signal }) => callApi(api.centreSettings, { params: { areaCode }, signal }),
    staleTime: 10 * 60_000,
  });

export const useCentreSettings = (areaCode: string | null) =>
  useQuery({ ...centreSettingsQuery(areaCode ?? ''), enabled: areaCode !== null });
