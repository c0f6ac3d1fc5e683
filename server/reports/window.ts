import { periodBounds, type ReportPeriod } from '../../src/contract/report-period';
import type { ResolvedScope } from './scope';

/** The instants a report covers, its trend's points, and the lines and centre it counts. */
export interface ReportWindow extends ResolvedScope {
  from: Date;
  to: Date;
  buckets: number[];
  bucketSec: number;
}

export function reportWindow(scope: ResolvedScope, period: ReportPeriod, date: string): ReportWindow {
  const bounds = periodBounds(period, date);
  return {
    ...scope,
    from: new Date(bounds.from),
    to: new Date(bounds.to),
    buckets: bounds.buckets,
    bucketSec: period === 'day' ? 3600 : 86400,
  };
}
