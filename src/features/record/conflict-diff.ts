import type { Intake } from '../../contract';

/** The form section (as the form names them, `intake.sections.*`) each part of the intake is in. */
const sectionOf: Record<keyof Intake, string> = {
  callType: 'callType',
  caller: 'caller',
  problems: 'problems',
  screener: 'risk',
  lifeline: 'risk',
  riskOverride: 'risk',
  imminent: 'imminent',
  referral: 'referral',
  services: 'outcome',
  safety: 'outcome',
  outcome: 'outcome',
  followUp: 'outcome',
  summary: 'summary',
};

export interface SectionDifference {
  section: string;
  /** The answers of this section that differ, in the form's order: what each side wrote. */
  mine: string[];
  stored: string[];
}

function leaves(value: unknown, path: string, into: Map<string, string>): void {
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) leaves(child, `${path}.${key}`, into);
  } else {
    into.set(path, value === null || value === '' ? '' : String(value));
  }
}

/**
 * Where two versions of an intake differ, section by section: what a counsellor needs to see to
 * choose between their own version and the one another tab stored. Empty answers stay in the
 * lists as '' so both columns line up answer for answer.
 */
export function intakeDifferences(mine: Intake, stored: Intake): SectionDifference[] {
  const bySection = new Map<string, SectionDifference>();
  for (const key of Object.keys(sectionOf) as (keyof Intake)[]) {
    const ours = new Map<string, string>();
    const theirs = new Map<string, string>();
    leaves(mine[key], key, ours);
    leaves(stored[key], key, theirs);
    for (const path of new Set([...ours.keys(), ...theirs.keys()])) {
      const a = ours.get(path) ?? '';
      const b = theirs.get(path) ?? '';
      if (a === b) continue;
      const section = sectionOf[key];
      const difference = bySection.get(section) ?? { section, mine: [], stored: [] };
      difference.mine.push(a);
      difference.stored.push(b);
      bySection.set(section, difference);
    }
  }
  return [...bySection.values()];
}
