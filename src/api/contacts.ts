import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';

export const contactKeys = {
  all: ['contacts'] as const,
  list: (scope: 'mine' | 'centre', status?: 'draft' | 'completed') => ['contacts', 'list', scope, status ?? 'any'] as const,
  one: (id: string) => ['contacts', 'one', id] as const,
};

export const contactListQuery = (scope: 'mine' | 'centre', status?: 'draft' | 'completed') =>
  queryOptions({
    queryKey: contactKeys.list(scope, status),
    queryFn: ({ signal }) => callApi(api.listContacts, { query: { scope, status, limit: 50 }, signal }),
  });

export const useContactList = (scope: 'mine' | 'centre', status?: 'draft' | 'completed') => useQuery(contactListQuery(scope, status));
