import { skipToken, useQuery } from '@tanstack/react-query';
import type { BoardSeat, CentreAlert, LineQueue } from '../../contract';

/** Whether the console's live data is flowing: the event stream's state. */
export type LiveConnection = 'connecting' | 'live' | 'reconnecting';

/**
 * A cache the event stream fills (snapshot, then events): never fetched from here, never stale.
 * Undefined until the stream's first snapshot.
 */
function useLiveCache<T>(key: readonly string[]): T | undefined {
  return useQuery<T>({ queryKey: key, queryFn: skipToken, staleTime: Infinity }).data;
}

/** Everything the console shows, from the live caches; null while the first snapshot is awaited. */
export function useConsoleData() {
  return {
    seats: useLiveCache<BoardSeat[]>(['live', 'seats']) ?? null,
    queue: useLiveCache<LineQueue[]>(['live', 'queue']) ?? null,
    alerts: useLiveCache<CentreAlert[]>(['live', 'alerts']) ?? null,
    connection: useLiveCache<LiveConnection>(['live', 'connection']) ?? 'connecting',
  };
}
