/**
 * A caller's number as a counsellor sees it: enough to recognise a repeat caller, not enough to
 * copy down. Mobiles follow the usual Chinese 138****8000 form; landlines keep the area code.
 * Short service numbers (110, 12356) are no personal data and stay whole.
 */
export function maskNumber(number: string): string {
  const digits = number.trim();
  if (digits.length <= 6) return digits;
  const long = digits.length >= 11;
  const head = long ? (digits.startsWith('0') ? 4 : 3) : 2;
  const tail = long ? 4 : 2;
  return `${digits.slice(0, head)}${'*'.repeat(digits.length - head - tail)}${digits.slice(-tail)}`;
}
