import { CalendarDate, Instant, type Intake } from '../../src/contract';

/**
 * An intake as read back from the database, with every date in it one the contract accepts.
 * Intakes stored before the contract bounded dates, or written into the database by hand, may
 * hold year 0 or a +20:00 offset; answered as they are, they would fail the record's whole read
 * (500). A hand-off time that is no real moment reads as the call's answer time (as in the
 * rescue lists), an outcome time as not recorded, a follow-up date as not set.
 */
export function readableIntake(intake: Intake, answeredAt: Date): Intake {
  const handoff = intake.safety.emergencyHandoff;
  const followUpDate = CalendarDate.safeParse(intake.followUp.date);
  return {
    ...intake,
    safety: {
      ...intake.safety,
      emergencyHandoff: handoff && {
        ...handoff,
        at: instantOr(handoff.at, answeredAt.toISOString()),
        resolvedAt: handoff.resolvedAt === null ? null : instantOr(handoff.resolvedAt, null),
      },
    },
    followUp: { ...intake.followUp, date: followUpDate.success ? followUpDate.data : '' },
  };
}

function instantOr<T>(value: unknown, fallback: T): string | T {
  const parsed = Instant.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}
