/**
 * The intake form shows one section at a time (a tab list above it), so that what the counsellor
 * is working on fits the pane while they talk. These are the pure rules behind that: which
 * sections there are, where a field or a completion problem lives, and the keyboard shortcuts.
 */

export const sectionIds = ['imminent', 'callType', 'caller', 'problems', 'risk', 'referral', 'outcome', 'summary'] as const;
export type SectionId = (typeof sectionIds)[number];

/** The sections on offer: imminent danger only while the risk is imminent, and first then. */
export function visibleSections(imminent: boolean, nuisance: boolean): SectionId[] {
  if (nuisance) return ['callType'];
  return sectionIds.filter((id) => id !== 'imminent' || imminent);
}

/** The section that holds a field, by its dotted path (`imminent.location`, `followUp.date` …). */
export function sectionOfPath(path: string): SectionId {
  const [head, next] = path.split('.');
  switch (head) {
    case 'callType':
      return 'callType';
    case 'caller':
      return 'caller';
    case 'problems':
      return 'problems';
    case 'screener':
    case 'lifeline':
    case 'riskOverride':
      return 'risk';
    case 'imminent':
      return 'imminent';
    case 'referral':
      return 'referral';
    case 'safety':
      // The hand-off to 110 / 120 is recorded in the imminent-danger panel, beside the location.
      return next === 'emergencyHandoff' ? 'imminent' : 'outcome';
    case 'summary':
      return 'summary';
    default:
      return 'outcome';
  }
}

/** The first of `sections` (in their order) that has one of these problems, if any. */
export function firstSectionWithProblem(paths: string[], sections: SectionId[]): SectionId | null {
  const holding = new Set(paths.map(sectionOfPath));
  return sections.find((id) => holding.has(id)) ?? null;
}

export type SectionMove = 'next' | 'previous' | 'first' | 'last' | 'risk';

export interface SectionKey {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/**
 * Anywhere on the screen, even in a field: Alt+PageDown / Alt+PageUp to the next / previous
 * section and Alt+R to the risk screen (physical keys, so a Chinese input method does not get in
 * the way; Alt+digits switch browser tabs on Linux, so they are not used). On the tab list itself,
 * the arrow keys, Home and End, as for any tab list.
 */
export function sectionMove(event: SectionKey, onTabList: boolean): SectionMove | null {
  if (event.isComposing || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  if (event.altKey) {
    if (event.key === 'PageDown') return 'next';
    if (event.key === 'PageUp') return 'previous';
    if (event.code === 'KeyR') return 'risk';
    return null;
  }
  if (!onTabList) return null;
  const plain: Record<string, SectionMove> = { ArrowRight: 'next', ArrowLeft: 'previous', Home: 'first', End: 'last' };
  return plain[event.key] ?? null;
}

/** Where a move lands; it wraps round, as tab lists do. */
export function moveSection(sections: SectionId[], current: SectionId, move: SectionMove): SectionId {
  const at = Math.max(0, sections.indexOf(current));
  const count = sections.length;
  switch (move) {
    case 'next':
      return sections[(at + 1) % count] ?? current;
    case 'previous':
      return sections[(at - 1 + count) % count] ?? current;
    case 'first':
      return sections[0] ?? current;
    case 'last':
      return sections[count - 1] ?? current;
    case 'risk':
      return sections.includes('risk') ? 'risk' : current;
  }
}

/** The section to show: the one chosen, or where it went (imminent danger over: the risk screen). */
export function shownSection(sections: SectionId[], chosen: SectionId): SectionId {
  if (sections.includes(chosen)) return chosen;
  if (chosen === 'imminent' && sections.includes('risk')) return 'risk';
  return sections[0] ?? 'callType';
}

/** The dotted paths of the fields react-hook-form marked invalid (its errors object, walked). */
export function errorPaths(errors: unknown, prefix = ''): string[] {
  if (errors === null || typeof errors !== 'object') return [];
  const node = errors as Record<string, unknown>;
  if (typeof node.type === 'string' || typeof node.message === 'string') return [prefix];
  return Object.entries(node).flatMap(([key, value]) => (key === 'ref' ? [] : errorPaths(value, prefix ? `${prefix}.${key}` : key)));
}
