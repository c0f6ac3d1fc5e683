import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api';
import { api, type ListNuisanceRequest } from '../../contract';

/**
 * Another supervisor of the centre, or a counsellor's suggestion, may change the lists meanwhile:
 * the console's event stream says so (nuisance-changed) and they are read again, not polled.
 */
export const nuisanceListingsQuery = queryOptions({
  queryKey: ['nuisance', 'listings'] as const,
  queryFn: ({ signal }) => callApi(api.nuisanceListings, { signal }),
});

export const nuisanceSuggestionsQuery = queryOptions({
  queryKey: ['nuisance', 'suggestions'] as const,
  queryFn: ({ signal }) => callApi(api.nuisanceSuggestions, { signal }),
});

export const useNuisanceListings = () => useQuery(nuisanceListingsQuery);
export const useNuisanceSuggestions = () => useQuery(nuisanceSuggestionsQuery);

/** Every decision changes both lists (a listing decides every open suggestion of its number). */
function useNuisanceMutation<T>(mutationFn: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['nuisance'] }),
  });
}

export const useListFromSuggestion = () =>
  useNuisanceMutation(({ id, decision }: { id: string; decision: ListNuisanceRequest }) =>
    callApi(api.listNuisanceFromSuggestion, { params: { id }, body: decision }),
  );

export const useDismissSuggestion = () => useNuisanceMutation((id: string) => callApi(api.dismissNuisanceSuggestion, { params: { id } }));

export const useRemoveListing = () => useNuisanceMutation((id: string) => callApi(api.removeNuisanceListing, { params: { id } }));
