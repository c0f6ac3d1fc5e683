import { PUBLIC_LINE } from '../../src/contract';
import type { ReviewFilters } from '../../src/contract/review';

const DAY_MS = 24 * 3600 * 1000;

/** The first instant of a Beijing day: Beijing keeps UTC+8 all year. */
function beijingDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/**
 * The WHERE conditions of the review list's filters over `contacts c`, each with its parameters
 * numbered after `first`. Dates become instants here, so the (centre, answered_at) index serves
 * the range; the outcome test of an open rescue is written as the partial index
 * contacts_open_rescues has it.
 */
export function reviewFilterSql(filters: ReviewFilters, first: number): { conditions: string[]; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${first + params.length - 1}`;
  };
  if (filters.from) conditions.push(`c.answered_at >= ${param(beijingDayStart(filters.from))}`);
  if (filters.to) conditions.push(`c.answered_at < ${param(new Date(beijingDayStart(filters.to).getTime() + DAY_MS))}`);
  if (filters.counsellorId) conditions.push(`c.counsellor_id = ${param(filters.counsellorId)}`);
  if (filters.line === PUBLIC_LINE) conditions.push('c.area_code is null');
  else if (filters.line) conditions.push(`c.area_code = ${param(filters.line)}`);
  if (filters.riskLevel) conditions.push(`c.risk_level = ${param(filters.riskLevel)}`);
  if (filters.callType) conditions.push(`c.call_type = ${param(filters.callType)}`);
  if (filters.problem) {
    conditions.push(`c.intake -> 'problems' @> jsonb_build_array(jsonb_build_object('category', ${param(filters.problem)}::text))`);
  }
  if (filters.openFollowUp) conditions.push(`${filters.openFollowUp === 'yes' ? '' : 'not '}exists (${openFollowUpOf})`);
  if (filters.openRescue === 'yes') conditions.push(`${rescueOutcome} = 'pending'`);
  if (filters.openRescue === 'no') conditions.push(`${rescueOutcome} is distinct from 'pending'`);
  if (filters.reviewState) conditions.push(`${filters.reviewState === 'reviewed' ? '' : 'not '}exists (${reviewOf})`);
  return { conditions, params };
}

export const openFollowUpOf = 'select 1 from follow_ups f where f.contact_id = c.id and f.closed_at is null';
export const rescueOutcome = `(c.intake #>> '{safety,emergencyHandoff,outcome}')`;
const reviewOf = 'select 1 from record_reviews rr where rr.contact_id = c.id';
