import { queryOptions } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';
import { contactKeys } from './contacts';

/** One record; the API audits every read, so it is fetched when opened, not polled. */
export const contactQuery = (id: string) =>
  queryOptions({
    queryKey: contactKeys.one(id),
    queryFn: ({ signal }) => callApi(api.contact, { params: { id }, signal }),
    staleTime: Infinity,
  });
