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
