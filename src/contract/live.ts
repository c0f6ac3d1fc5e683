import { z } from 'zod';
import { Instant } from './dates';
import { RiskLevel } from './risk';
import { SeatState } from './shift';
import { idString, plainText } from './text';

/**
 * The live centre (#12): the call queue, the seat board and the alerts, as the event stream
 * (GET /api/events) and the supervisor's console carry them. Every shape here is what one role may
 * see: a counsellor's stream carries their own seat and the queue figures, a supervisor's the
 * whole centre.
 */

/** Where a call in the queue stands. */
export const queuedCallStates = ['waiting', 'offered', 'answered', 'abandoned', 'busy'] as const;
export const QueuedCallState = z.enum(queuedCallStates);
export type QueuedCallState = z.infer<typeof QueuedCallState>;

/** Why a waiting caller is ahead of or behind the order of arrival (centre settings). */
export const QueuePriority = z.enum(['recent-risk', 'normal', 'nuisance']);
export type QueuePriority = z.infer<typeof QueuePriority>;

/** A line's queue now and its figures for today (the Beijing day). */
export const LineQueue = z
  .object({
    /** The dialled line: `12356` or an area-code line such as `059112356`. */
    line: z.string(),
    areaCode: z.string().nullable(),
    waiting: z.number().int().min(0),
    /** When the longest-waiting caller joined; the screen counts the wait up from it. */
    oldestWaitingSince: Instant.nullable(),
    today: z.object({
      offered: z.number().int().min(0),
      answered: z.number().int().min(0),
      abandoned: z.number().int().min(0),
      /** Average wait of the callers who gave up, in seconds. */
      abandonedAvgWaitSec: z.number().min(0).nullable(),
      overflowed: z.number().int().min(0),
      busy: z.number().int().min(0),
      /** Answered within the centre's service-level time of joining. */
      answeredInServiceLevel: z.number().int().min(0),
      avgWaitSec: z.number().min(0).nullable(),
      avgTalkSec: z.number().min(0).nullable(),
    }),
    /** The last hours, oldest first, one bucket per Beijing hour (for the small chart). */
    hours: z.array(
      z.object({
        hour: Instant,
        offered: z.number().int().min(0),
        answered: z.number().int().min(0),
        abandoned: z.number().int().min(0),
      }),
    ),
  })
  .meta({ id: 'LineQueue' });
export type LineQueue = z.infer<typeof LineQueue>;

export const SupervisionMode = z.enum(['listen', 'whisper', 'barge']);
export type SupervisionMode = z.infer<typeof SupervisionMode>;

/** The call a seat is on, with the live risk level of its draft record. */
export const LiveCall = z.object({
  callId: idString(256),
  contactId: z.uuid().nullable(),
  line: z.string().nullable(),
  answeredAt: Instant,
  /** Computed from the saved draft (screen, override): what the supervisor ranks live calls by. */
  riskLevel: RiskLevel,
  supervisedBy: z.object({ name: z.string(), mode: SupervisionMode }).nullable(),
});
export type LiveCall = z.infer<typeof LiveCall>;

/** One counsellor on the seat board. */
export const BoardSeat = z
  .object({
    staffId: z.string(),
    name: z.string(),
    extension: z.string(),
    /** Still in training (#14): never offered a real call, whatever the seat says. */
    trainee: z.boolean(),
    seat: SeatState,
    clockedIn: z.boolean(),
    call: LiveCall.nullable(),
    /** Fatigue warnings of the shift rules (continuous talk, crisis calls in a row). */
    fatigue: z.array(z.enum(['continuous-talk', 'crisis-calls-in-row'])),
    /** Records this counsellor completed today (Beijing day) that the protocol check finds misses in. */
    protocolMissesToday: z.number().int().min(0),
  })
  .meta({ id: 'BoardSeat' });
export type BoardSeat = z.infer<typeof BoardSeat>;

export const alertKinds = [
  'imminent-call',
  'help',
  'rescue-open-long',
  'long-call',
  'nobody-available',
  'follow-up-overdue',
  'supervision-refused',
] as const;
export const AlertKind = z.enum(alertKinds);
export type AlertKind = z.infer<typeof AlertKind>;

/** Something a supervisor must see and acknowledge. */
export const CentreAlert = z
  .object({
    id: z.uuid(),
    kind: AlertKind,
    raisedAt: Instant,
    /** The counsellor it is about (not for nobody-available). */
    staffId: z.string().nullable(),
    staffName: z.string().nullable(),
    /** The one-line reason of a help request. */
    reason: z.string().nullable(),
    line: z.string().nullable(),
    acknowledgedAt: Instant.nullable(),
    acknowledgedBy: z.string().nullable(),
  })
  .meta({ id: 'CentreAlert' });
export type CentreAlert = z.infer<typeof CentreAlert>;

/** What a client gets when it (re)connects, before any event. */
export const LiveSnapshot = z
  .object({
    at: Instant,
    seats: z.array(BoardSeat),
    queue: z.array(LineQueue),
    alerts: z.array(CentreAlert),
  })
  .meta({ id: 'LiveSnapshot' });
export type LiveSnapshot = z.infer<typeof LiveSnapshot>;

/** The events of GET /api/events (Server-Sent Events; `event:` is the type, `data:` the JSON). */
export const LiveEvent = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('snapshot'), snapshot: LiveSnapshot }),
    z.object({ type: z.literal('seat-changed'), seat: BoardSeat }),
    z.object({
      type: z.literal('call'),
      change: z.enum(['queued', 'offered', 'answered', 'abandoned', 'ended', 'overflowed', 'busy']),
      callId: idString(256),
      line: z.string().nullable(),
      at: Instant,
      queue: LineQueue.nullable(),
    }),
    /** A counsellor's stream: a line's figures changed, without the call behind it (another counsellor's, perhaps). */
    z.object({ type: z.literal('queue'), queue: LineQueue }),
    z.object({ type: z.literal('risk-changed'), staffId: z.string(), callId: idString(256), riskLevel: RiskLevel }),
    z.object({ type: z.literal('alert'), alert: CentreAlert }),
    z.object({ type: z.literal('rescue'), change: z.enum(['opened', 'closed']), handoffId: z.uuid(), staffId: z.string() }),
    /** The centre's nuisance list or its suggestions changed: the supervisors' lists are stale. */
    z.object({ type: z.literal('nuisance-changed') }),
    /** A supervisor wrote or changed the review of a counsellor's record: their record list is stale. */
    z.object({ type: z.literal('record-reviewed'), contactId: z.uuid(), staffId: z.string() }),
    z.object({
      type: z.literal('supervision'),
      change: z.enum(['started', 'changed', 'ended']),
      staffId: z.string(),
      callId: idString(256),
      supervisorName: z.string(),
      mode: SupervisionMode,
    }),
    /** The trainer's stream: a mock call they run, or its training record, changed; re-read it. */
    z.object({ type: z.literal('training-call'), id: z.uuid() }),
  ])
  .meta({ id: 'LiveEvent' });
export type LiveEvent = z.infer<typeof LiveEvent>;

export const HelpRequest = z.object({ reason: plainText(120) }).meta({ id: 'HelpRequest' });
/** The counsellor's latest help request (null before the first), for their help button. */
export const HelpState = z.object({ request: CentreAlert.nullable() }).meta({ id: 'HelpState' });
export type HelpState = z.infer<typeof HelpState>;
export const AlertParams = z.object({ id: z.uuid() });
export const QueuePositionQuery = z.object({ callId: idString(256) });
export const QueuePosition = z
  .object({ state: QueuedCallState, position: z.number().int().min(1).nullable(), waitingSince: Instant.nullable() })
  .meta({ id: 'QueuePosition' });
export type QueuePosition = z.infer<typeof QueuePosition>;
