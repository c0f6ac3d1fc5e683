import { CENTRE_TIME_ZONE } from '../contract';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and options, kept: making one costs milliseconds, and the shift
 * clock and call timers format on every render (bench/call-setup).
 */
function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** mm:ss under an hour, h:mm:ss beyond: how long a call or a wrap-up has run. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** Wall-clock time in Beijing, whatever time zone the browser is set to. */
export function formatBeijingTime(at: Date | number, locale: string, withSeconds = true): string {
  return dateTimeFormat(locale, {
    timeZone: CENTRE_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(at);
}

/** A calendar date in Beijing, in the counsellor's language. */
export function formatBeijingDate(at: Date | number | string, locale: string): string {
  return dateTimeFormat(locale, { timeZone: CENTRE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    typeof at === 'string' ? new Date(at) : at,
  );
}

/** Date and time in Beijing, for lists of records. */
export function formatBeijingDateTime(at: Date | number | string, locale: string): string {
  return dateTimeFormat(locale, {
    timeZone: CENTRE_TIME_ZONE,
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(typeof at === 'string' ? new Date(at) : at);
}
