import { z } from 'zod';

/** Every centre of 12356 keeps Beijing time, whatever the browser or server is set to. */
export const CENTRE_TIME_ZONE = 'Asia/Shanghai';

/** The calendar date (YYYY-MM-DD) in Beijing at a moment. */
export function beijingDate(at: Date | number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: CENTRE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Moments the workstation records lie in this century; anything else is a broken clock or a probe. */
const earliestInstant = Date.UTC(2000, 0, 1);
const latestInstant = Date.UTC(2100, 0, 1);

export function isPlausibleInstant(ms: number): boolean {
  return Number.isFinite(ms) && ms >= earliestInstant && ms < latestInstant;
}

/** Real UTC offsets run from −12:00 to +14:00; PostgreSQL refuses larger ones when it reads them. */
function offsetIsReal(value: string): boolean {
  const match = /([+-])(\d{2}):?(\d{2})$/.exec(value);
  if (!match) return true;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '+' ? minutes <= 14 * 60 : minutes <= 12 * 60;
}

/**
 * A moment as ISO 8601 with an offset, in a real year and a real offset, handed on in UTC
 * (`…Z`), so every stored moment reads back and sorts the same in JavaScript and in SQL.
 */
export const Instant = z.iso
  .datetime({ offset: true })
  .refine((value) => offsetIsReal(value) && isPlausibleInstant(Date.parse(value)), { message: 'date.outOfRange' })
  .transform((value) => new Date(value).toISOString());
