import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../api';
import { reviewEndpoints } from '../../contract/api-review';
import type { ReviewListQuery } from '../../contract/review';

/** One page of the centre's records; the page shown stays while the next one loads. */
export const reviewRecordsQuery = (query: ReviewListQuery) =>
  queryOptions({
    queryKey: ['review-records', query] as const,
    queryFn: ({ signal }) => callApi(reviewEndpoints.reviewRecords, { query, signal }),
    placeholderData: keepPreviousData,
  });

export const useReviewRecords = (query: ReviewListQuery) => useQuery(reviewRecordsQuery(query));
