import { useLiveAlerts, useLiveEvents, useLiveQueue, useLiveSeats, type LiveConnection } from '../../api/live';

export type { LiveConnection };

/**
 * Everything the console shows, from the live caches the event stream fills (src/api/live.ts);
 * null while the first snapshot is awaited. Reading them keeps the page's stream open.
 */
export function useConsoleData() {
  return {
    seats: useLiveSeats() ?? null,
    queue: useLiveQueue() ?? null,
    alerts: useLiveAlerts() ?? null,
    connection: useLiveEvents(),
  };
}
