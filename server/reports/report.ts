import type { Report, ReportQuery } from '../../src/contract/reports';
import type { SignedIn } from '../auth/sessions';
import type { CentreSettingsOverrides } from '../config';
import type { Queryable } from '../store/store';
import { followUpReport } from './follow-ups';
import { noCalls, queueReport } from './queue';
import { recordReport } from './records';
import { resolveScope } from './scope';
import { reportWindow } from './window';

/** Every figure of a report and both breakdowns; `by` chooses which breakdown the screen is sent. */
export async function buildReport(
  db: Queryable,
  auth: SignedIn,
  query: Omit<ReportQuery, 'by'>,
  overrides: CentreSettingsOverrides,
): Promise<Report & { byLine: NonNullable<Report['byLine']>; byCounsellor: NonNullable<Report['byCounsellor']> }> {
  const window = reportWindow(await resolveScope(db, auth, query.scope, overrides), query.period, query.date);
  const [queue, records, followUps] = await Promise.all([queueReport(db, window), recordReport(db, window), followUpReport(db, window)]);
  return {
    scope: query.scope,
    period: query.period,
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    queue: queue.total,
    records: records.total,
    followUps,
    series: window.buckets.map((at, index) => ({
      at: new Date(at).toISOString(),
      ...(queue.series[index] ?? { offered: 0, answered: 0, abandoned: 0 }),
      crisis: records.crisisSeries[index] ?? 0,
    })),
    byLine: records.byLine.map((line) => ({
      ...line,
      queue: queue.byLine.find((row) => row.areaCode === line.areaCode)?.queue ?? noCalls(),
    })),
    byCounsellor: records.byCounsellor,
  };
}
