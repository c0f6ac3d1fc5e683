import type { LiveSnapshot } from '../../src/contract';
import type { CentreSettingsOverrides } from '../config';
import { loadCentreSettings } from '../shifts/settings';
import type { Queryable } from '../store/store';
import { boardSeats, scopeAlerts, type Scope } from './board';
import { beijingDayStart, lineQueues, type QueueLine } from './queue-figures';
import type { Viewer } from './viewer';

/** A line's figures with its centre's service level; plain 12356 takes the defaults. */
export async function queueLine(db: Queryable, areaCode: string | null, overrides: CentreSettingsOverrides): Promise<QueueLine> {
  return { areaCode, serviceLevelSec: (await loadCentreSettings(db, areaCode, overrides)).serviceLevelSec };
}

/** The lines a viewer's stream counts: their centre's and plain 12356; an admin's, every centre's. */
async function viewerLines(db: Queryable, viewer: Exclude<Viewer, { role: 'trainer' }>): Promise<(string | null)[]> {
  if (viewer.role === 'admin') {
    const centres = await db.query<{ areaCode: string }>('select area_code as "areaCode" from centres order by area_code');
    return [null, ...centres.map((centre) => centre.areaCode)];
  }
  return viewer.centre === null ? [null] : [viewer.centre, null];
}

function seatScope(viewer: Exclude<Viewer, { role: 'trainer' }>): Scope {
  if (viewer.role === 'admin') return 'all';
  return viewer.role === 'counsellor' ? { staffId: viewer.staffId } : { centre: viewer.centre };
}

/** What a viewer's stream begins with, and what a reconnecting client replaces its caches with. */
export async function snapshotFor(db: Queryable, viewer: Viewer, overrides: CentreSettingsOverrides, now = Date.now()): Promise<LiveSnapshot> {
  // A trainer's stream carries their mock calls only: no real seat, line or alert.
  if (viewer.role === 'trainer') return { at: new Date(now).toISOString(), seats: [], queue: [], alerts: [] };
  const scope = seatScope(viewer);
  const lines = await Promise.all((await viewerLines(db, viewer)).map((areaCode) => queueLine(db, areaCode, overrides)));
  const [seats, queue, alerts] = await Promise.all([
    boardSeats(db, scope, overrides, now),
    lineQueues(db, lines, now),
    scopeAlerts(db, scope, new Date(beijingDayStart(now))),
  ]);
  return { at: new Date(now).toISOString(), seats, queue, alerts };
}
