import type { LineQueue } from '../../contract';

export interface QueueFigures {
  /** Answered out of offered, 0–1; null before the day's first call. */
  answerRate: number | null;
  /**
   * Twilio Flex's service level: calls answered within the centre's service-level time out of
   * every call offered to the line, so a caller who gave up or heard busy counts against it
   * (answered-only would read 100 % on a day when most callers hung up waiting). Null before
   * the day's first call.
   */
  serviceLevel: number | null;
}

const ratio = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : null);

/** The day's rates of one line, from its counts. */
export function queueFigures(today: LineQueue['today']): QueueFigures {
  return {
    answerRate: ratio(today.answered, today.offered),
    serviceLevel: ratio(today.answeredInServiceLevel, today.offered),
  };
}

/** Callers waiting now on every line of the centre. */
export function totalWaiting(queue: readonly LineQueue[]): number {
  return queue.reduce((sum, line) => sum + line.waiting, 0);
}

/** When the longest-waiting caller of any line joined, or null when nobody waits. */
export function oldestWaitingSince(queue: readonly LineQueue[]): string | null {
  let oldest: string | null = null;
  for (const line of queue) {
    if (line.oldestWaitingSince && (!oldest || Date.parse(line.oldestWaitingSince) < Date.parse(oldest))) oldest = line.oldestWaitingSince;
  }
  return oldest;
}

export interface HourlyTotals {
  /** Epoch seconds of each hour's start, oldest first (what the chart's time axis takes). */
  hours: number[];
  offered: number[];
  answered: number[];
  abandoned: number[];
}

/** The last hours of all the centre's lines added up hour by hour, for the one small chart. */
export function hourlyTotals(queue: readonly LineQueue[]): HourlyTotals {
  const byHour = new Map<number, { offered: number; answered: number; abandoned: number }>();
  for (const line of queue) {
    for (const bucket of line.hours) {
      const hour = Date.parse(bucket.hour) / 1000;
      const sum = byHour.get(hour) ?? { offered: 0, answered: 0, abandoned: 0 };
      byHour.set(hour, { offered: sum.offered + bucket.offered, answered: sum.answered + bucket.answered, abandoned: sum.abandoned + bucket.abandoned });
    }
  }
  const hours = [...byHour.keys()].sort((a, b) => a - b);
  const column = (name: 'offered' | 'answered' | 'abandoned') => hours.map((hour) => byHour.get(hour)?.[name] ?? 0);
  return { hours, offered: column('offered'), answered: column('answered'), abandoned: column('abandoned') };
}
