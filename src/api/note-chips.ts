import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';

export const noteChipsQuery = queryOptions({
  queryKey: ['settings', 'note-chips'] as const,
  queryFn: ({ signal }) => callApi(api.noteChips, { signal }),
  staleTime: 10 * 60_000,
});

export const useNoteChips = () => useQuery(noteChipsQuery);
