import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { reviewEndpoints } from '../contract/api-review';
import { callApi } from './client';

/**
 * A record's review (督导意见): read by its counsellor from their records and by the reviewing
 * supervisor; every read is audited by the API, so it is read when shown, not prefetched.
 */
export const contactReviewQuery = (contactId: string) =>
  queryOptions({
    queryKey: ['review', contactId] as const,
    queryFn: ({ signal }) => callApi(reviewEndpoints.contactReview, { params: { id: contactId }, signal }),
  });

export const useContactReview = (contactId: string) => useQuery(contactReviewQuery(contactId));

/** Writes or edits a review; the review and the lists that flag reviewed records are read again. */
export function useSaveReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, text }: { contactId: string; text: string }) =>
      callApi(reviewEndpoints.saveContactReview, { params: { id: contactId }, body: { text } }),
    onSuccess: (saved, { contactId }) => {
      queryClient.setQueryData(contactReviewQuery(contactId).queryKey, saved);
      return queryClient.invalidateQueries({ queryKey: ['review-records'] });
    },
  });
}
