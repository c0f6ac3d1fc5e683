import { z } from 'zod';
import { Instant } from './dates';
import { RiskLevel } from './risk';
import { idString, plainText, requiredText } from './text';

/** A wall-clock time in Beijing, HH:MM (00:00–23:59). */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'shift.badTime' });

/** One shift of a centre's day. An end at or before the start means it runs past midnight. */
export const ShiftDefinition = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    nameZh: requiredText(20),
    nameEn: requiredText(40),
    start: ClockTime,
    end: ClockTime,
  })
  .meta({ id: 'ShiftDefinition' });
export type ShiftDefinition = z.infer<typeof ShiftDefinition>;

/** What a centre decides about its shifts and the care of its counsellors. */
export const CentreSettings = z
  .object({
    shifts: z.array(ShiftDefinition).min(1).max(6),
    /** How long wrap-up may last before the seat takes calls again. */
    wrapUpLimitSec: z.number().int().min(10).max(3600),
    /** The one extension a counsellor may add, with a reason. */
    wrapUpExtensionSec: z.number().int().min(10).max(3600),
    /** The short break offered after a high or imminent risk call. */
    debriefBreakSec: z.number().int().min(60).max(3600),
    /** Warn after this much talk time without a break of at least `breakResetsAfterSec`. */
    continuousTalkWarnSec: z.number().int().min(60).max(24 * 3600),
    breakResetsAfterSec: z.number().int().min(60).max(3600),
    /** Warn after this many high or imminent risk calls in a row. */
    crisisCallsInRowWarn: z.number().int().min(1).max(20),
    /** The call queue (#12): a caller waits at most this long, then hears busy (counted as busy). */
    queueLimitSec: z.number().int().min(10).max(1800),
    /** A call to this centre's line waiting longer than this may also go to `overflowCentres`. */
    overflowAfterSec: z.number().int().min(5).max(1800),
    /** Area codes of the province's other centres that take this centre's overflow, in order. */
    overflowCentres: z.array(z.string().regex(/^0\d{2,3}$/)).max(20),
    /** Service level: answered within this many seconds of joining (Flex and most centres: 20 s). */
    serviceLevelSec: z.number().int().min(5).max(600),
    /** A caller whose record in the last 30 days was high or imminent risk goes first. */
    recentRiskFirst: z.boolean(),
    /** A number on the nuisance list goes last. */
    nuisanceLast: z.boolean(),
    /** Alert the supervisors when a call lasts longer than this. */
    longCallAlertSec: z.number().int().min(300).max(6 * 3600),
    /** Alert the supervisors when an emergency hand-off's rescue stays open longer than this. */
    rescueOpenAlertSec: z.number().int().min(300).max(24 * 3600),
    /** A high or imminent caller without an emergency hand-off is called back within this many hours. */
    followUpDueHours: z.number().int().min(1).max(14 * 24),
    /**
     * PIPL: callers' numbers and the free text of records (notes, the intake's words) are removed
     * from records answered longer ago than this; the anonymous figures stay (#15 retention).
     */
    callerDataRetentionMonths: z.number().int().min(1).max(120),
    /** The centre lets its supervisors create, edit and deactivate its counsellors' accounts. */
    supervisorsManageStaff: z.boolean(),
  })
  .meta({ id: 'CentreSettings' });
export type CentreSettings = z.infer<typeof CentreSettings>;

/**
 * Three eight-hour shifts, the way 24-hour centres staff their seats; five minutes of wrap-up with
 * one three-minute extension; a five-minute debrief after a crisis call; a warning after two hours
 * of talk without a quarter-hour break, or after three crisis calls in a row.
 */
export const defaultCentreSettings: CentreSettings = {
  shifts: [
    { id: 'day', nameZh: '白班', nameEn: 'Day', start: '08:00', end: '16:00' },
    { id: 'evening', nameZh: '小夜班', nameEn: 'Evening', start: '16:00', end: '00:00' },
    { id: 'night', nameZh: '大夜班', nameEn: 'Night', start: '00:00', end: '08:00' },
  ],
  wrapUpLimitSec: 300,
  wrapUpExtensionSec: 180,
  debriefBreakSec: 300,
  continuousTalkWarnSec: 7200,
  breakResetsAfterSec: 900,
  crisisCallsInRowWarn: 3,
  queueLimitSec: 300,
  overflowAfterSec: 60,
  overflowCentres: [],
  serviceLevelSec: 20,
  recentRiskFirst: true,
  nuisanceLast: true,
  longCallAlertSec: 3600,
  rescueOpenAlertSec: 1800,
  followUpDueHours: 24,
  callerDataRetentionMonths: 36,
  supervisorsManageStaff: false,
};

export const seatStatuses = ['available', 'on-call', 'wrap-up', 'break', 'offline'] as const;
export const SeatStatus = z.enum(seatStatuses);
export type SeatStatus = z.infer<typeof SeatStatus>;

export const SeatState = z
  .object({
    status: SeatStatus,
    since: Instant,
    /** While in wrap-up: when it ends unless extended. */
    wrapUpEndsAt: Instant.nullable(),
    wrapUpExtended: z.boolean(),
    /** While on break: a debrief after a crisis call, or an ordinary break. */
    breakKind: z.enum(['break', 'debrief']).nullable(),
  })
  .meta({ id: 'SeatState' });
export type SeatState = z.infer<typeof SeatState>;

/**
 * Seat changes a counsellor's screen makes: the call sets on-call and wrap-up by itself; the
 * counsellor sets break and available.
 */
export const SeatChange = z
  .discriminatedUnion('change', [
    z.object({ change: z.literal('available') }),
    z.object({ change: z.literal('on-call'), callId: idString(256) }),
    z.object({ change: z.literal('wrap-up'), callId: idString(256) }),
    z.object({ change: z.literal('break'), kind: z.enum(['break', 'debrief']) }),
    /** Wrap-up may be extended once, by `wrapUpExtensionSec`, with a reason. */
    z.object({ change: z.literal('extend-wrap-up'), reason: requiredText(200) }),
  ])
  .meta({ id: 'SeatChange' });
export type SeatChange = z.infer<typeof SeatChange>;

export const ShiftCall = z.object({
  answeredAt: Instant,
  endedAt: Instant.nullable(),
  riskLevel: RiskLevel,
});
export type ShiftCall = z.infer<typeof ShiftCall>;

export const SeatBreak = z.object({
  startedAt: Instant,
  endedAt: Instant.nullable(),
});
export type SeatBreak = z.infer<typeof SeatBreak>;

/** A counsellor's time on shift, from clock-in to clock-out. */
export const ShiftSession = z
  .object({
    id: z.uuid(),
    clockedInAt: Instant,
    clockedOutAt: Instant.nullable(),
    /** The calls answered since clock-in (for the counters and the fatigue rules). */
    calls: z.array(ShiftCall),
    breaks: z.array(SeatBreak),
  })
  .meta({ id: 'ShiftSession' });
export type ShiftSession = z.infer<typeof ShiftSession>;

export const SeatView = z
  .object({
    seat: SeatState,
    /** Null while not clocked in. */
    session: ShiftSession.nullable(),
    settings: CentreSettings,
    /**
     * A high- or imminent-risk record of this counsellor is neither completed nor handed to a
     * supervisor: routing offers the seat no call, whatever its status says.
     */
    heldByRecord: z.boolean(),
  })
  .meta({ id: 'SeatView', description: 'The signed-in counsellor’s seat, shift session and centre settings' });
export type SeatView = z.infer<typeof SeatView>;

export const ClockOutRequest = z
  .object({ handoverNote: plainText(2000, { multiline: true }) })
  .meta({ id: 'ClockOutRequest' });

export const ShiftSummary = z
  .object({
    clockedInAt: Instant,
    clockedOutAt: Instant,
    callsTaken: z.number().int().min(0),
    talkSec: z.number().int().min(0),
    crisisCalls: z.number().int().min(0),
    breakSec: z.number().int().min(0),
  })
  .meta({ id: 'ShiftSummary' });
export type ShiftSummary = z.infer<typeof ShiftSummary>;

/** What the shift before left for this one: notes, and the people still to be followed up. */
export const Handover = z
  .object({
    notes: z.array(
      z.object({
        counsellorName: z.string(),
        clockedOutAt: Instant,
        note: z.string(),
      }),
    ),
    /** The centre's open follow-up tasks, soonest due first. */
    followUps: z.array(
      z.object({
        id: z.uuid(),
        contactId: z.uuid(),
        dueAt: Instant,
        overdue: z.boolean(),
        assignedToName: z.string().nullable(),
        counsellorName: z.string(),
        callerNumberMasked: z.string(),
      }),
    ),
    openRescues: z.array(
      z.object({
        contactId: z.uuid(),
        service: z.enum(['110', '120', '119']),
        handedOverAt: Instant,
        counsellorName: z.string(),
      }),
    ),
  })
  .meta({ id: 'Handover' });
export type Handover = z.infer<typeof Handover>;

export const CentreSettingsParams = z.object({ areaCode: z.string().regex(/^0\d{2,3}$/) });

/** Calls to a centre's lines that reached nobody: the answer rate's other half. */
export const LineStats = z
  .object({
    since: Instant,
    offered: z.number().int().min(0),
    unanswered: z.number().int().min(0),
  })
  .meta({ id: 'LineStats' });
export const LineStatsQuery = z.object({ since: Instant });
