import { PUBLIC_LINE } from '../../contract';

/** A plausible mainland mobile number for a pretend caller (1 + 3–9 + 9 digits). */
export function randomCallerNumber(random: () => number = Math.random): string {
  const second = 3 + Math.floor(random() * 7);
  const rest = Array.from({ length: 9 }, () => Math.floor(random() * 10)).join('');
  return `1${second}${rest}`;
}

/** What the simulator dials: 12356, or an area code in front of it to reach that city's centre. */
export function hotlineNumber(areaCode: string | null): string {
  return areaCode ? `${areaCode}${PUBLIC_LINE}` : PUBLIC_LINE;
}

/** The pretend services a trainer's phone can register as; the transfer issue adds the directory. */
export const simulatedServices = ['110', '120', '119', '12345', '12355', '12338', '12320'] as const;
export type SimulatedService = (typeof simulatedServices)[number];

/** Why the hotline turned a simulated caller away, in the PBX's terms (pbx/README.md). */
export type HotlineFailure = 'nobody-on-duty' | 'all-busy' | 'no-answer' | 'unknown-line' | 'system-fault' | 'other';

/**
 * The reason behind the SIP status a call to 12356 was refused with, or null when there is nothing
 * to explain (487: the simulator itself hung up before an answer).
 */
export function hotlineFailure(status: number): HotlineFailure | null {
  if (status === 487) return null;
  if (status === 480) return 'nobody-on-duty';
  if (status === 486 || status === 600) return 'all-busy';
  if (status === 408) return 'no-answer';
  if (status === 404 || status === 484) return 'unknown-line';
  if (status >= 500 && status < 600) return 'system-fault';
  return 'other';
}
