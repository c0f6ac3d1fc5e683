import { skipToken, useQuery } from '@tanstack/react-query';
import type { BoardSeat, CentreAlert, LineQueue } from '../../contract';

/** Whether the console's live data is flowing: the event stream's state (as src/api/live.ts of #12 names it). */
export type LiveConnection = 'connecting' | 'open' | 'reconnecting' | 'closed';

/**
 * A cache the event stream fills (snapshot, then events): never fetched from here, never stale.
 * Undefined until the stream's first snapshot.
 */
function useLiveCache<T>(key: readonly string[]): T | undefined {
  return useQuery<T>({ queryKey: key, queryFn: skipToken, staleTime: Infinity }).data;
}

/**
 * Everything the console shows, from the live caches; null while the first snapshot is awaited.
 * The one place that reads them: when the event stream's hooks reach this branch (useLiveSeats,
 * useLiveQueue, useLiveAlerts, useLiveEvents in src/api/live.ts, same keys), they replace
 * useLiveCache here and open the stream.
 */
export function useConsoleData() {
  return {
    seats: useLiveCache<BoardSeat[]>(['live', 'seats']) ?? null,
    queue: useLiveCache<LineQueue[]>(['live', 'queue']) ?? null,
    alerts: useLiveCache<CentreAlert[]>(['live', 'alerts']) ?? null,
    connection: useLiveCache<LiveConnection>(['live', 'connection']) ?? 'connecting',
  };
}
