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
