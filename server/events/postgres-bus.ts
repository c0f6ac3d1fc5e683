import pg from 'pg';
import type { Queryable } from '../store/store';
import type { LiveBus, LiveChange, LiveListener } from './bus';

/** One channel for every change; a notification carries ids only (LiveChange), far under 8000 bytes. */
export const LIVE_CHANNEL = 'live_changes';
/** Waits before opening a lost LISTEN connection again: quickly at first, then every 5 s. */
const RETRY_MS = [250, 1000, 5000] as const;

export interface PostgresBus extends LiveBus {
  /** Resolves once this process is listening (the first time); the server starts serving after it. */
  listening(): Promise<void>;
}

/**
 * Changes between API processes sharing one PostgreSQL: publish is NOTIFY through the store's
 * pool; every process (this one too) hears it on its own LISTEN connection, so a change made
 * through one node reaches the streams of all. A lost LISTEN connection is opened again; changes
 * made while it was down are not heard, and the streams catch up at their next snapshot.
 */
export function postgresBus(db: Queryable, connectionString: string): PostgresBus {
  const listeners = new Set<LiveListener>();
  let client: pg.Client | null = null;
  let closed = false;
  let markListening: () => void = () => undefined;
  const firstListen = new Promise<void>((resolve) => {
    markListening = resolve;
  });

  function hear(message: pg.Notification): void {
    if (message.channel !== LIVE_CHANNEL || !message.payload) return;
    let change: LiveChange;
    try {
      change = JSON.parse(message.payload) as LiveChange;
    } catch {
      console.error('live change notification not understood; ignored');
      return;
    }
    for (const listener of listeners) listener(change);
  }

  async function listenWhileOpen(): Promise<void> {
    for (let failures = 0; !closed; ) {
      const next = new pg.Client({ connectionString });
      const lost = new Promise<void>((resolve) => {
        next.on('error', (error) => {
          if (!closed) console.error('live change listener lost its connection:', error.message);
          resolve();
        });
        next.on('end', resolve);
      });
      try {
        await next.connect();
        next.on('notification', hear);
        await next.query(`listen ${LIVE_CHANNEL}`);
        client = next;
        failures = 0;
        markListening();
        await lost;
      } catch (error) {
        if (!closed) console.error('live change listener could not connect:', error instanceof Error ? error.message : error);
      }
      client = null;
      await next.end().catch(() => undefined);
      if (closed) break;
      const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)];
      failures += 1;
      await new Promise((resolve) => setTimeout(resolve, wait).unref());
    }
  }

  const loop = listenWhileOpen();

  return {
    async publish(change) {
      await db.query('select pg_notify($1, $2)', [LIVE_CHANNEL, JSON.stringify(change)]);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    listening: () => firstListen,
    async close() {
      closed = true;
      listeners.clear();
      await client?.end().catch(() => undefined);
      await loop;
    },
  };
}
