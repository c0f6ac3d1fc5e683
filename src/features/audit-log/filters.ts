import { auditActionGroups, auditGroupNames, type AuditActionGroup, type AuditLogFilters } from '../../contract/audit-log';

/** What the filter form holds: Beijing wall-clock times as a datetime-local field gives them. */
export interface AuditFilterValues {
  from: string;
  to: string;
  staffId: string;
  action: string;
  subjectType: string;
  subjectId: string;
  address: string;
}

const hour = 3_600_000;
const beijingOffset = 8 * hour;

/** `2026-11-30T08:05` in Beijing (UTC+8 all year, no summer time) as the moment it names. */
export function beijingLocalToInstant(local: string): string {
  return new Date(Date.parse(`${local}:00+08:00`)).toISOString();
}

/** A moment as a datetime-local field shows it in Beijing. */
export function instantToBeijingLocal(at: Date): string {
  return new Date(at.getTime() + beijingOffset).toISOString().slice(0, 16);
}

/** The viewer opens on the last 24 hours: the log grows by thousands of entries a day. */
export function defaultFilterValues(now = new Date()): AuditFilterValues {
  return { from: instantToBeijingLocal(new Date(now.getTime() - 24 * hour)), to: '', staffId: '', action: '', subjectType: '', subjectId: '', address: '' };
}

/** The form's values as the API's filters: empty fields are no filter, times become moments. */
export function toFilters(values: AuditFilterValues): AuditLogFilters {
  const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const filters: AuditLogFilters = {
    from: values.from ? beijingLocalToInstant(values.from) : undefined,
    to: values.to ? beijingLocalToInstant(values.to) : undefined,
    staffId: text(values.staffId),
    action: text(values.action),
    subjectType: text(values.subjectType),
    subjectId: text(values.subjectId),
    address: text(values.address),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) as AuditLogFilters;
}

/** A translation key's last part for an action or subject code: `follow-up.close` → `follow_up_close`. */
export const codeKey = (code: string) => code.replace(/[.-]/g, '_');

/** The action filter's choices: each group whole, then its own actions (not its `prefix.*` entries). */
export function actionChoices(): Array<{ group: AuditActionGroup; action: string | null }> {
  return auditGroupNames.flatMap((group) => [
    { group, action: null },
    ...(auditActionGroups[group] as readonly string[]).filter((action) => !action.endsWith('.*')).map((action) => ({ group, action })),
  ]);
}

/** The subject types the server writes, for the filter. */
export const subjectTypes = [
  'contact',
  'centre',
  'staff',
  'seat',
  'shift',
  'call',
  'handoff',
  'follow-up',
  'alert',
  'supervision',
  'nuisance_listing',
  'nuisance_suggestion',
  'setting',
  'sip_credential',
  'training_call',
  'training-scenario',
  'province',
] as const;
