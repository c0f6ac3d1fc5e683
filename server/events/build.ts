import { parseDialledLine, type LiveEvent, type RiskLevel } from '../../src/contract';
import type { CentreSettingsOverrides } from '../config';
import type { Queryable } from '../store/store';
import { readSupervisionRow } from '../supervision/rows';
import { boardSeats, oneAlert } from './board';
import type { LiveChange } from './bus';
import { lineQueues } from './queue-figures';
import { queueLine } from './snapshot';
import type { Audience } from './viewer';

/** An event and who may receive it; built once per change, then offered to every subscriber. */
export interface Outgoing {
  event: LiveEvent;
  audience: Audience;
}

async function centreOf(db: Queryable, staffId: string): Promise<string | null | undefined> {
  const [row] = await db.query<{ centre: string | null }>('select centre_area_code as centre from staff where id = $1', [staffId]);
  return row?.centre;
}

async function seatEvent(db: Queryable, staffId: string, overrides: CentreSettingsOverrides, now: number): Promise<Outgoing[]> {
  const [seat] = await boardSeats(db, { staffId }, overrides, now);
  const centre = await centreOf(db, staffId);
  if (!seat || centre === undefined) return [];
  return [{ event: { type: 'seat-changed', seat }, audience: { to: 'staff', centre, staffId } }];
}

async function callEvents(db: Queryable, change: Extract<LiveChange, { kind: 'call' }>, overrides: CentreSettingsOverrides, now: number): Promise<Outgoing[]> {
  const [row] = await db.query<{ dialled: string; areaCode: string | null }>(
    'select dialled, area_code as "areaCode" from hotline_calls where call_id = $1',
    [change.callId],
  );
  const line = row ?? (change.line ? parseDialledLine(change.line) : null);
  if (!line) return [];
  const [queue] = await lineQueues(db, [await queueLine(db, line.areaCode, overrides)], now);
  if (!queue) return [];
  const event: LiveEvent = { type: 'call', change: change.change, callId: change.callId, line: queue.line, at: new Date(now).toISOString(), queue };
  // Counsellors see the figures move, never whose call moved them.
  return [
    { event, audience: { to: 'line', areaCode: line.areaCode, roles: 'supervisors' } },
    { event: { type: 'queue', queue }, audience: { to: 'line', areaCode: line.areaCode, roles: 'counsellors' } },
  ];
}

async function riskEvent(db: Queryable, change: Extract<LiveChange, { kind: 'risk' }>): Promise<Outgoing[]> {
  const [row] = await db.query<{ riskLevel: RiskLevel; centre: string | null }>(
    `select c.risk_level as "riskLevel", st.centre_area_code as centre
       from contacts c join staff st on st.id = c.counsellor_id
      where c.call_id = $1 and c.counsellor_id = $2`,
    [change.callId, change.staffId],
  );
  if (!row) return [];
  return [
    {
      event: { type: 'risk-changed', staffId: change.staffId, callId: change.callId, riskLevel: row.riskLevel },
      audience: { to: 'staff', centre: row.centre, staffId: change.staffId },
    },
  ];
}

async function rescueEvent(db: Queryable, change: Extract<LiveChange, { kind: 'rescue' }>): Promise<Outgoing[]> {
  const [row] = await db.query<{ staffId: string; centre: string | null }>(
    `select c.counsellor_id as "staffId", c.centre_area_code as centre
       from handoffs h join contacts c on c.id = h.contact_id where h.id = $1`,
    [change.handoffId],
  );
  if (!row) return [];
  return [
    {
      event: { type: 'rescue', change: change.change, handoffId: change.handoffId, staffId: row.staffId },
      audience: { to: 'staff', centre: row.centre, staffId: row.staffId },
    },
  ];
}

async function alertEvent(db: Queryable, alertId: string): Promise<Outgoing[]> {
  const found = await oneAlert(db, alertId);
  if (!found) return [];
  return [{ event: { type: 'alert', alert: found.alert }, audience: { to: 'staff', centre: found.centre, staffId: found.alert.staffId } }];
}

/** Only the record's counsellor (and their centre's supervisors) learn that a review changed. */
async function reviewEvent(db: Queryable, contactId: string): Promise<Outgoing[]> {
  const [row] = await db.query<{ staffId: string; centre: string | null }>(
    'select counsellor_id as "staffId", centre_area_code as centre from contacts where id = $1',
    [contactId],
  );
  if (!row) return [];
  return [{ event: { type: 'record-reviewed', contactId, staffId: row.staffId }, audience: { to: 'staff', centre: row.centre, staffId: row.staffId } }];
}

async function supervisionEvent(db: Queryable, change: Extract<LiveChange, { kind: 'supervision' }>): Promise<Outgoing[]> {
  const row = await readSupervisionRow(db, change.supervisionId);
  if (!row) return [];
  const event: LiveEvent = {
    type: 'supervision',
    change: change.change,
    staffId: row.counsellorId,
    callId: row.callId,
    supervisorName: row.supervisorName,
    mode: row.mode,
  };
  return [{ event, audience: { to: 'staff', centre: row.centre, staffId: row.counsellorId } }];
}

/** Only the mock call's trainer hears of it; its trainee's own screens read their record as usual. */
async function trainingEvent(db: Queryable, trainingCallId: string): Promise<Outgoing[]> {
  const [row] = await db.query<{ trainerId: string }>('select trainer_id as "trainerId" from training_calls where id = $1', [trainingCallId]);
  if (!row) return [];
  return [{ event: { type: 'training-call', id: trainingCallId }, audience: { to: 'trainer', trainerId: row.trainerId } }];
}

/**
 * The events a change makes, read afresh from the database (a change carries ids only, and may
 * come from another API process). Something deleted in between makes no event.
 */
export async function eventsOf(db: Queryable, change: LiveChange, overrides: CentreSettingsOverrides, now = Date.now()): Promise<Outgoing[]> {
  switch (change.kind) {
    case 'seat':
      return seatEvent(db, change.staffId, overrides, now);
    case 'call':
      return callEvents(db, change, overrides, now);
    case 'risk':
      return riskEvent(db, change);
    case 'alert':
      return alertEvent(db, change.alertId);
    case 'rescue':
      return rescueEvent(db, change);
    case 'nuisance':
      // Nothing of the list travels: the centre's supervisors re-read it (masked numbers only).
      return [{ event: { type: 'nuisance-changed' }, audience: { to: 'staff', centre: change.centre, staffId: null } }];
    case 'review':
      return reviewEvent(db, change.contactId);
    case 'supervision':
      // The seat's supervisedBy for the board, and the change itself for whoever shows it.
      return [...(await supervisionEvent(db, change)), ...(await seatEvent(db, change.staffId, overrides, now))];
    case 'training':
      return trainingEvent(db, change.trainingCallId);
  }
}
