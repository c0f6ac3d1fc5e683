import type { LiveEvent } from '../../src/contract';

type CallChange = Extract<LiveEvent, { type: 'call' }>['change'];
type RescueChange = Extract<LiveEvent, { type: 'rescue' }>['change'];
type SupervisionChange = Extract<LiveEvent, { type: 'supervision' }>['change'];

/**
 * What changed in the live centre, by id only: every API process re-reads what it needs before it
 * tells its subscribers, so a change carried between processes (PostgreSQL NOTIFY) and one made in
 * this process take the same path, and no personal data travels in a notification.
 */
export type LiveChange =
  | { kind: 'seat'; staffId: string }
  | { kind: 'call'; change: CallChange; callId: string; line: string | null }
  | { kind: 'risk'; staffId: string; callId: string }
  | { kind: 'alert'; alertId: string }
  | { kind: 'rescue'; change: RescueChange; handoffId: string }
  | { kind: 'supervision'; change: SupervisionChange; supervisionId: string; staffId: string; callId: string }
  | { kind: 'nuisance'; centre: string }
  | { kind: 'review'; contactId: string }
  /** Anything of a mock call changed (server/training/scope.ts): only its trainer hears it. */
  | { kind: 'training'; trainingCallId: string };

export type LiveListener = (change: LiveChange) => void;

/** Publish after the change is committed; subscribers hear every change, from any process. */
export interface LiveBus {
  publish(change: LiveChange): Promise<void>;
  subscribe(listener: LiveListener): () => void;
  close(): Promise<void>;
}

/** One process (PGlite, tests): changes go straight to this process's subscribers. */
export function inProcessBus(): LiveBus {
  const listeners = new Set<LiveListener>();
  return {
    async publish(change) {
      for (const listener of listeners) listener(change);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}
