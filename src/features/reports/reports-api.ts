import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callApi } from '../../api';
import { reportEndpoints } from '../../contract/api-reports';
import type { ReportQuery } from '../../contract/reports';

/** The report on screen; the last one stays shown while the next is counted. */
export const useReport = (query: ReportQuery) =>
  useQuery({
    queryKey: ['report', query] as const,
    queryFn: ({ signal }) => callApi(reportEndpoints.report, { query, signal }),
    placeholderData: keepPreviousData,
  });
