import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../contract';
import { ApiError, callApi } from './client';

/** The signed-in staff member, or null when nobody is signed in. */
export const meQuery = queryOptions({
  queryKey: ['session', 'me'] as const,
  queryFn: async ({ signal }) => {
    try {
      return await callApi(api.me, { signal });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'unauthenticated') return null;
      throw error;
    }
  },
  staleTime: Infinity,
});

export const useMe = () => useQuery(meQuery);
