/**
 * A display preference of this device (language, theme): not personal data, so localStorage may
 * keep it. Storage may refuse (private mode, a full quota); the caller then keeps it for the page.
 */
export function readPreference<T extends string>(key: string, allowed: readonly T[], fallback: T): T {
  try {
    const stored = localStorage.getItem(key);
    return allowed.find((value) => value === stored) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Answers whether the preference was stored. */
export function writePreference(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
