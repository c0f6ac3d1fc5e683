import type { SignedIn } from '../auth/sessions';

/**
 * Who is watching a stream, which decides what it may carry: a counsellor their own seat, alerts
 * and the queue figures of their centre's lines; a supervisor their whole centre; an admin every
 * centre (they administer the province's centres and see every line's statistics already).
 */
export type Viewer =
  | { role: 'counsellor'; staffId: string; centre: string | null }
  | { role: 'supervisor'; staffId: string; centre: string | null }
  | { role: 'admin'; staffId: string }
  /** A trainer sees no real seat, call or alert: only the mock calls they run. */
  | { role: 'trainer'; staffId: string };

export function viewerOf(auth: SignedIn): Viewer {
  switch (auth.role) {
    case 'counsellor':
    case 'supervisor':
      return { role: auth.role, staffId: auth.staffId, centre: auth.centreAreaCode };
    case 'admin':
      return { role: 'admin', staffId: auth.staffId };
    case 'trainer':
      return { role: 'trainer', staffId: auth.staffId };
    default:
      throw new Error(`no event stream for the ${auth.role} role`);
  }
}

/**
 * Who an event is for. `staff`: the supervisors of the centre and the one counsellor it is about
 * (a seat, a call's risk, a rescue, an alert). `line`: whoever serves a line (its centre's area
 * code; null is plain 12356, which every centre answers), counsellors or supervisors only.
 */
export type Audience =
  | { to: 'staff'; centre: string | null; staffId: string | null }
  | { to: 'line'; areaCode: string | null; roles: 'counsellors' | 'supervisors' }
  | { to: 'trainer'; trainerId: string };

export function mayReceive(viewer: Viewer, audience: Audience): boolean {
  if (viewer.role === 'trainer' || audience.to === 'trainer') {
    return viewer.role === 'trainer' && audience.to === 'trainer' && audience.trainerId === viewer.staffId;
  }
  if (viewer.role === 'admin') return audience.to === 'staff' || audience.roles === 'supervisors';
  if (audience.to === 'staff') {
    return viewer.role === 'supervisor' ? viewer.centre !== null && viewer.centre === audience.centre : viewer.staffId === audience.staffId;
  }
  if (audience.roles !== `${viewer.role}s`) return false;
  return audience.areaCode === null || audience.areaCode === viewer.centre;
}
