import { skipToken, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { api, LiveEvent, type BoardSeat, type CentreAlert, type LineQueue } from '../contract';
import { meQuery } from './me';

/**
 * The live centre (GET /api/events) in react-query's cache: one EventSource per page however many
 * components read it, opened by the first and closed with the last. Nothing here polls: the
 * snapshot fills the caches, each event updates them, and after a reconnection the new snapshot
 * replaces them. Only the supervisor's console and the counsellor's later-loaded panels import
 * this module, so it stays out of the counsellor's first load.
 */
export const liveKeys = {
  seats: ['live', 'seats'] as const,
  queue: ['live', 'queue'] as const,
  alerts: ['live', 'alerts'] as const,
};

/** `closed`: not started, or the API refused the stream (signed out); EventSource retries anything else. */
export type LiveConnection = 'connecting' | 'open' | 'reconnecting' | 'closed';

type Seats = BoardSeat[];

/** Replaces the entry `same` finds, or adds the item: at the start for newest-first lists. */
function upsert<T>(list: readonly T[] | undefined, item: T, same: (entry: T) => boolean, newFirst = false): T[] {
  const current = list ?? [];
  if (current.some(same)) return current.map((entry) => (same(entry) ? item : entry));
  return newFirst ? [item, ...current] : [...current, item];
}

function updateCall(client: QueryClient, staffId: string, callId: string, patch: (call: NonNullable<BoardSeat['call']>) => BoardSeat['call']) {
  client.setQueryData<Seats>(liveKeys.seats, (seats) =>
    seats?.map((seat) => (seat.staffId === staffId && seat.call?.callId === callId ? { ...seat, call: patch(seat.call) } : seat)),
  );
}

function applyQueue(client: QueryClient, queue: LineQueue): void {
  client.setQueryData<LineQueue[]>(liveKeys.queue, (lines) => upsert(lines, queue, (line) => line.line === queue.line));
}

/** What one event does to the caches (exported for the tests and for msw-fed component tests). */
export function applyLiveEvent(client: QueryClient, event: LiveEvent): void {
  switch (event.type) {
    case 'snapshot':
      client.setQueryData(liveKeys.seats, event.snapshot.seats);
      client.setQueryData(liveKeys.queue, event.snapshot.queue);
      client.setQueryData(liveKeys.alerts, event.snapshot.alerts);
      return;
    case 'seat-changed':
      client.setQueryData<Seats>(liveKeys.seats, (seats) => upsert(seats, event.seat, (seat) => seat.staffId === event.seat.staffId));
      return;
    case 'call':
      if (event.queue) applyQueue(client, event.queue);
      return;
    case 'queue':
      applyQueue(client, event.queue);
      return;
    case 'risk-changed':
      updateCall(client, event.staffId, event.callId, (call) => ({ ...call, riskLevel: event.riskLevel }));
      return;
    case 'alert':
      client.setQueryData<CentreAlert[]>(liveKeys.alerts, (alerts) => upsert(alerts, event.alert, (alert) => alert.id === event.alert.id, true));
      return;
    case 'rescue':
      // The rescue lists are their own queries; an opened or closed rescue makes them stale.
      void client.invalidateQueries({ queryKey: ['rescues'] });
      return;
    case 'nuisance-changed':
      void client.invalidateQueries({ queryKey: ['nuisance'] });
      return;
    case 'record-reviewed':
      void client.invalidateQueries({ queryKey: ['contacts', 'list'] });
      void client.invalidateQueries({ queryKey: ['review', event.contactId] });
      return;
    case 'training-call':
      // The trainer's mock call or its training record changed: its view (src/api/mock-calls.ts) is read again.
      void client.invalidateQueries({ queryKey: ['training', 'call', event.id] });
      return;
    case 'supervision':
      updateCall(client, event.staffId, event.callId, (call) => ({
        ...call,
        supervisedBy: event.change === 'ended' ? null : { name: event.supervisorName, mode: event.mode },
      }));
      return;
  }
}

const eventTypes = LiveEvent.options.map((option) => option.shape.type.value);

let source: EventSource | null = null;
let users = 0;
let connection: LiveConnection = 'closed';
const watchers = new Set<() => void>();

function setConnection(next: LiveConnection): void {
  connection = next;
  for (const watcher of watchers) watcher();
}

function open(client: QueryClient): void {
  const events = new EventSource(api.events.path);
  source = events;
  setConnection('connecting');
  events.onopen = () => setConnection('open');
  events.onerror = () => {
    const closed = events.readyState === EventSource.CLOSED;
    setConnection(closed ? 'closed' : 'reconnecting');
    // The API refused the stream (a 401: signed out elsewhere, the session ended, the account
    // deactivated): asking who is signed in again sends the page to sign-in, which ends the phone.
    if (closed) void client.invalidateQueries({ queryKey: meQuery.queryKey });
  };
  for (const type of eventTypes) {
    events.addEventListener(type, (message) => {
      const parsed = LiveEvent.safeParse(JSON.parse((message as MessageEvent<string>).data));
      // An event this build does not know (a newer API) is skipped; the next snapshot is whole.
      if (parsed.success) applyLiveEvent(client, parsed.data);
    });
  }
}

/** Keeps the page's stream open while the calling component is mounted; answers whether it is up (a screen says so when it is not, since its figures would be stale). */
export function useLiveEvents(): LiveConnection {
  const client = useQueryClient();
  useEffect(() => {
    users += 1;
    if (!source) open(client);
    return () => {
      users -= 1;
      if (users > 0) return;
      source?.close();
      source = null;
      setConnection('closed');
    };
  }, [client]);
  return useSyncExternalStore(
    (watcher) => {
      watchers.add(watcher);
      return () => watchers.delete(watcher);
    },
    () => connection,
  );
}

const useLiveCache = <T>(queryKey: readonly string[]) => {
  useLiveEvents();
  return useQuery<T>({ queryKey, queryFn: skipToken, staleTime: Infinity }).data;
};

/** Every seat the viewer may see (a counsellor: their own); undefined until the first snapshot. */
export const useLiveSeats = () => useLiveCache<BoardSeat[]>(liveKeys.seats);
/** Each line's queue and today's figures. */
export const useLiveQueue = () => useLiveCache<LineQueue[]>(liveKeys.queue);
/** Open alerts and those acknowledged today, newest first. */
export const useLiveAlerts = () => useLiveCache<CentreAlert[]>(liveKeys.alerts);
