/** A value as JSON stores it (undefined fields gone), with object keys in one order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * Whether a save of a record part must be refused as a conflict (409 naming the stored revision):
 * a revision not newer than the stored one, with other content, is another tab's edit or a late
 * replay. Taking it would drop the stored edit; ignoring it with a 200 would drop this one unseen.
 * Only a retry of what is stored passes. The API's rule, which the mock API follows too.
 */
export function saveConflicts(revision: number, stored: { revision: number; value: unknown }, value: unknown): boolean {
  return revision <= stored.revision && JSON.stringify(canonical(stored.value)) !== JSON.stringify(canonical(value));
}
