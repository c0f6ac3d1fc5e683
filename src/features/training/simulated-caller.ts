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
