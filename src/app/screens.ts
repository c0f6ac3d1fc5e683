import type { Role } from '../contract';

/**
 * Which screen each role works on; the start route and the route guards read the same table.
 * A role's home is the first screen that lists it: a supervisor starts on the console.
 */
export const screens = {
  supervisor: { path: '/supervisor', roles: ['supervisor'] },
  workstation: { path: '/workstation', roles: ['counsellor', 'supervisor'] },
  training: { path: '/training', roles: ['trainer'] },
  // Running a centre (#15): an admin's home is the staff list; a supervisor manages their own
  // centre's counsellors only when the centre allows it (the screen and the API both say so).
  adminStaff: { path: '/admin/staff', roles: ['admin', 'supervisor'] },
  adminSettings: { path: '/admin/settings/:section?', roles: ['admin'] },
  auditLog: { path: '/admin/audit', roles: ['admin', 'supervisor'] },
  reports: { path: '/reports', roles: ['admin', 'supervisor'] },
  simulator: { path: '/simulator', roles: ['trainer', 'admin'] },
  review: { path: '/review', roles: ['supervisor'] },
  trainingScenarios: { path: '/training/scenarios', roles: ['trainer'] },
  // The list, or one trainee's progress.
  trainingTrainees: { path: '/training/trainees/:id?', roles: ['trainer'] },
  // A mock call's rubric: its trainer scores it, the trainee reads it from their workstation.
  trainingCall: { path: '/training/calls/:id', roles: ['trainer', 'counsellor', 'supervisor'] },
} as const satisfies Record<string, { path: string; roles: readonly Role[] }>;

export type ScreenName = keyof typeof screens;

export function homePathFor(role: Role): string {
  const screen = Object.values(screens).find((candidate) => (candidate.roles as readonly Role[]).includes(role));
  return screen?.path ?? '/login';
}
