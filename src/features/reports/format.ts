import { beijingDate } from '../../contract/dates';
import { reportPeriods, type ReportPeriod } from '../../contract/report-period';
import type { ReportQuery } from '../../contract/reports';
import type { Me } from '../../contract';

/** A share as a percentage with one decimal, or a dash when nothing was offered. */
export function formatShare(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(1)}%`;
}

/** Seconds as m:ss (minutes not capped at 59), or a dash when there is nothing to average. */
export function formatSeconds(value: number | null): string {
  if (value === null) return '—';
  const total = Math.round(value);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

const isPeriod = (value: string | null): value is ReportPeriod => reportPeriods.includes(value as ReportPeriod);

/**
 * The report asked for in the address (scope, period, date, breakdown: figures only, never a
 * caller's data), else today's for the signed-in person's centre, or the province for an admin.
 */
export function reportQueryFrom(params: URLSearchParams, me: Pick<Me, 'role' | 'centre'>, now: number): ReportQuery {
  const own = me.role === 'admin' ? 'province' : (me.centre?.areaCode ?? 'province');
  const scope = params.get('scope');
  const date = params.get('date');
  const period = params.get('period');
  return {
    scope: me.role === 'admin' && scope && /^(province|0\d{2,3})$/.test(scope) ? scope : own,
    period: isPeriod(period) ? period : 'day',
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : beijingDate(now),
    by: params.get('by') === 'counsellor' ? 'counsellor' : 'line',
  };
}
