import { auditActionGroups, type AuditActionGroup, type AuditEntryView, type AuditLogFilters } from '../../src/contract/audit-log';
import type { SignedIn } from '../auth/sessions';
import { ApiError } from '../http/errors';
import type { Queryable } from '../store/store';

/** A subject id that is no uuid (a hand-typed one, a future subject's) reads as no subject, not as a failed query. */
const subjectUuid = `(case when a.subject_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then a.subject_id::uuid end)`;

/**
 * The centre an entry is about, from its subject; null for a subject no centre owns (a
 * province-wide setting, a SIP credential, a call before it was answered, a training call).
 */
const subjectCentre = `case a.subject_type
    when 'centre' then a.subject_id
    when 'contact' then (select x.centre_area_code from contacts x where x.id = ${subjectUuid})
    when 'handoff' then (select x.centre_area_code from handoffs h join contacts x on x.id = h.contact_id where h.id = ${subjectUuid})
    when 'follow-up' then (select x.centre_area_code from follow_ups x where x.id = ${subjectUuid})
    when 'staff' then (select x.centre_area_code from staff x where x.id = ${subjectUuid})
    when 'seat' then (select x.centre_area_code from staff x where x.id = ${subjectUuid})
    when 'supervision' then (select x.centre_area_code from supervisions x where x.id = ${subjectUuid})
    when 'alert' then (select x.centre_area_code from centre_alerts x where x.id = ${subjectUuid})
    when 'nuisance_listing' then (select x.centre_area_code from nuisance_numbers x where x.id = ${subjectUuid})
    when 'nuisance_suggestion' then (select x.centre_area_code from nuisance_suggestions x where x.id = ${subjectUuid})
  end`;

/**
 * What a supervisor reads: an entry about their centre's record, account, seat, setting, alert,
 * follow-up, supervision or nuisance listing, whoever wrote it (an admin's change of the centre's
 * settings included); and an entry about nothing of a centre (a sign-in, SIP credentials, a shift)
 * written by one of their centre's staff. Never one about another centre's subject, even if
 * written by their own staff. Admins read every entry.
 */
function scopeOf(auth: SignedIn, params: unknown[]): string | null {
  if (auth.role === 'admin') return null;
  if (auth.role !== 'supervisor' || !auth.centreAreaCode) throw new ApiError(403, 'forbidden');
  params.push(auth.centreAreaCode);
  const centre = `$${params.length}`;
  return `coalesce((${subjectCentre}) = ${centre}, s.centre_area_code is not distinct from ${centre})`;
}

/** `10.0.3.` as a prefix: LIKE's own wildcards in it are matched literally. */
const likePrefix = (value: string) => `${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function filterSql(filters: AuditLogFilters, params: unknown[]): string[] {
  const add = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions: string[] = [];
  if (filters.from) conditions.push(`a.at >= ${add(filters.from)}::timestamptz`);
  if (filters.to) conditions.push(`a.at <= ${add(filters.to)}::timestamptz`);
  if (filters.staffId) conditions.push(`a.staff_id = ${add(filters.staffId)}::uuid`);
  if (filters.action) {
    const group = filters.action.startsWith('group:') ? auditActionGroups[filters.action.slice(6) as AuditActionGroup] : [filters.action];
    const exact = group.filter((action) => !action.endsWith('.*'));
    const prefixes = group.filter((action) => action.endsWith('.*')).map((action) => likePrefix(action.slice(0, -1)));
    conditions.push(`(a.action = any(${add(exact)}::text[]) or a.action like any(${add(prefixes)}::text[]))`);
  }
  if (filters.subjectType) conditions.push(`a.subject_type = ${add(filters.subjectType)}`);
  if (filters.subjectId) conditions.push(`a.subject_id = ${add(filters.subjectId)}`);
  if (filters.address) conditions.push(`a.client_address like ${add(likePrefix(filters.address))}`);
  return conditions;
}

export interface AuditRow extends AuditEntryView {
  cursor: string;
}

/**
 * Entries matching the filters that the reader may see, newest first, from after `cursor` on:
 * keyset paging over (at, id), which the index audit_log_at_id serves however old the page.
 * Microseconds are kept in the cursor so two entries of one millisecond are neither lost nor repeated.
 */
export async function auditEntries(
  db: Queryable,
  auth: SignedIn,
  filters: AuditLogFilters,
  { after, limit }: { after?: string | undefined; limit: number },
): Promise<AuditRow[]> {
  const params: unknown[] = [];
  const conditions = filterSql(filters, params);
  const scope = scopeOf(auth, params);
  if (scope) conditions.push(scope);
  if (after) {
    const [at, id] = after.split('_');
    params.push(at, id);
    conditions.push(`(a.at, a.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
  }
  params.push(limit);
  return db.query<AuditRow>(
    `select a.id::text as id,
            to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at,
            to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '_' || a.id::text as cursor,
            a.staff_id::text as "staffId", s.display_name as "staffName", s.role as "staffRole",
            a.action, a.subject_type as "subjectType", a.subject_id as "subjectId",
            a.client_address as "clientAddress", a.user_agent as "userAgent", a.detail::text as detail
       from audit_log a left join staff s on s.id = a.staff_id
      ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}
      order by a.at desc, a.id desc
      limit $${params.length}`,
    params,
  );
}

/**
 * Whom the reader may filter by: for a supervisor their centre's staff and the admins (who change
 * the centre's settings and accounts), for an admin everyone.
 */
export function filterableStaff(db: Queryable, auth: SignedIn) {
  const mine = auth.role !== 'admin';
  return db.query<{ id: string; name: string; role: AuditEntryView['staffRole'] & string }>(
    `select id::text as id, display_name as name, role from staff ${mine ? "where centre_area_code = $1 or role = 'admin'" : ''} order by display_name, id`,
    mine ? [auth.centreAreaCode] : [],
  );
}
