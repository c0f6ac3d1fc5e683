/**
 * Delay before reconnect attempt `attempt` (1-based): quick first tries so a PBX restart costs a
 * counsellor about a second, then doubling to a ceiling so a long outage does not hammer the
 * PBX. `jitter` in [0, 1) spreads a whole centre's seats so they do not reconnect in lockstep.
 */
export function reconnectDelayMs(attempt: number, jitter: number): number {
  const base = 500;
  const ceiling = 30_000;
  const exponential = Math.min(ceiling, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(exponential * (0.8 + 0.4 * jitter));
}
