import type { AuditChange } from '../../contract/audit-log';

export interface ReadDetail {
  /** The values an audited edit changed, when the entry records one (`detail.changes`). */
  changes: AuditChange[];
  /** Every other field of the detail, as written. */
  others: Array<[string, unknown]>;
}

const isChange = (value: unknown): value is AuditChange =>
  typeof value === 'object' && value !== null && 'path' in value && typeof value.path === 'string';

/** An entry's detail (JSON text from the API) as the viewer shows it; text that is no object shows as one field. */
export function readDetail(text: string): ReadDetail {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { changes: [], others: [['detail', text]] };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { changes: [], others: [['detail', parsed]] };
  const { changes, ...rest } = parsed as Record<string, unknown>;
  const valid = Array.isArray(changes) && changes.every(isChange);
  return valid ? { changes, others: Object.entries(rest) } : { changes: [], others: Object.entries(parsed) };
}
