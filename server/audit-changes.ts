/**
 * One changed value of an audited setting or account, as the audit log viewer shows it: where it
 * is (`wrapUpLimitSec`, `shifts[night].end`, `targets[police].number`) and its value before and
 * after (null when it did not exist).
 */
export interface AuditChange {
  path: string;
  before: unknown;
  after: unknown;
}

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Entries keyed by their `id` compare as entries, so moving one does not read as every entry changed. */
const keyedById = (value: unknown): value is Plain[] =>
  Array.isArray(value) && value.every((item) => isPlain(item) && typeof item.id === 'string');

function diff(before: unknown, after: unknown, path: string, out: AuditChange[]): void {
  if (isPlain(before) && isPlain(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      diff(before[key], after[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (keyedById(before) && keyedById(after)) {
    const ids = [...new Set([...before, ...after].map((item) => item.id as string))];
    for (const id of ids) {
      diff(before.find((item) => item.id === id) ?? null, after.find((item) => item.id === id) ?? null, `${path}[${id}]`, out);
    }
    // Added and removed entries are changes of their own; the order is that of the entries kept.
    const kept = (items: Plain[], others: Plain[]) => items.map((item) => item.id).filter((id) => others.some((other) => other.id === id));
    const order = (items: Plain[]) => items.map((item) => item.id);
    if (JSON.stringify(kept(before, after)) !== JSON.stringify(kept(after, before))) {
      out.push({ path: `${path}.order`, before: order(before), after: order(after) });
    }
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after)) out.push({ path, before: before ?? null, after: after ?? null });
}

/**
 * What an edit changed, value by value, for the audit entry's `detail.changes`. Never pass caller
 * data or secrets (a password hash): the audit log is read by more people than the records.
 */
export function changesBetween(before: unknown, after: unknown): AuditChange[] {
  const out: AuditChange[] = [];
  diff(before, after, '', out);
  return out;
}
