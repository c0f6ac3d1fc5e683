import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { callApi } from '../../api';
import { api, type ReviewListQuery } from '../../contract';

/** One page of the centre's records; the page shown stays while the next one loads. */
export const reviewRecordsQuery = (query: ReviewListQuery) =>
  queryOptions({
    queryKey: ['review-records', query] as const,
    queryFn: ({ signal }) => callApi(api.reviewRecords, { query, signal }),
    placeholderData: keepPreviousData,
  });

export const useReviewRecords = (query: ReviewListQuery) => useQuery(reviewRecordsQuery(query));
