import { CentreSettings, type QueuePosition, type SeatChange } from '../../src/contract';
import type { CentreSettingsOverrides } from '../config';
import type { LiveBus } from '../events/bus';
import type { Store } from '../store/store';
import { finishUnanswered } from './calls';
import { dispatchWaiting } from './dispatch';
import { placeInLine, type WaitingCall } from './order';
import type { ReleaseCall } from './release';

/** What the PBX tells the queue about a held caller (GET /api/pbx/queue-event). */
export type PbxQueueEvent =
  | { event: 'queued'; callId: string; tindex: number; tlabel: number }
  | { event: 'abandoned' | 'gone' | 'limit'; callId: string };

export interface CallQueue {
  /** A counsellor may have come free: dispatch soon (coalesced with a pass under way). */
  kick(): void;
  /** One dispatch pass now; how many calls it released. */
  dispatch(): Promise<number>;
  /** One sweep: repairs what a stopped PBX or API left, then dispatches. */
  sweep(): Promise<number>;
  /** The ~1 s sweep: overflow times passing, and frees no request announced (clock-in, sign-in). */
  start(intervalMs?: number): void;
  stop(): void;
  /** A counsellor's seat went on a call (answered) or into wrap-up (the call ended). */
  seatChanged(staffId: string, change: SeatChange): Promise<void>;
  pbxEvent(event: PbxQueueEvent): Promise<void>;
  position(callId: string): Promise<QueuePosition | null>;
}

interface Options {
  store: Store;
  overrides: CentreSettingsOverrides;
  live: LiveBus;
  release: ReleaseCall;
}

/** A call not waiting in line, as the caller sees it: being rung, answered (still or over), or not. */
const shownState: Record<string, QueuePosition['state']> = {
  routing: 'offered',
  waiting: 'offered',
  answered: 'answered',
  ended: 'answered',
  abandoned: 'abandoned',
  busy: 'busy',
};

/** Releases older than this without a ring (the API or PBX stopped half-way) return the call to its place. */
const staleReleaseSec = 120;

export function createCallQueue(options: Options): CallQueue {
  const { store, live } = options;
  let running: Promise<number> | null = null;
  let again = false;
  let timer: ReturnType<typeof setInterval> | undefined;

  const publish = (change: 'answered' | 'ended' | 'abandoned' | 'busy', callId: string, line: string) =>
    live.publish({ kind: 'call', change, callId, line });

  /**
   * Repairs what a stopped PBX or API left: a release that never rang goes back in line, and a
   * call still "waiting" past the longest queue limit a centre may set was dropped unseen (busy).
   */
  async function repair(): Promise<void> {
    await store.query(
      `update hotline_calls set released_to = null, released_at = null
        where state = 'waiting' and released_at < now() - make_interval(secs => $1::int)`,
      [staleReleaseSec],
    );
    await store.query(
      `update hotline_calls set state = 'busy', finished_at = now(), released_to = null
        where state = 'waiting' and queued_at < now() - make_interval(secs => $1::int)`,
      [(CentreSettings.shape.queueLimitSec.maxValue ?? 1800) + staleReleaseSec],
    );
  }

  async function pass(): Promise<number> {
    let released = 0;
    do {
      again = false;
      released += await dispatchWaiting(options);
    } while (again);
    return released;
  }

  function dispatch(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = pass().finally(() => (running = null));
    return running;
  }

  return {
    kick() {
      void dispatch().catch((error: unknown) => console.error('call queue: dispatch failed', error));
    },
    dispatch,
    async sweep() {
      await repair();
      return dispatch();
    },
    start(intervalMs = 1000) {
      timer ??= setInterval(() => {
        void this.sweep().catch((error: unknown) => console.error('call queue: sweep failed', error));
      }, intervalMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
    async seatChanged(staffId, change) {
      if (change.change === 'available') return this.kick();
      if (change.change === 'on-call') {
        const [row] = await store.query<{ dialled: string }>(
          `update hotline_calls set state = 'answered', answered_by = $2, answered_at = now()
            where call_id = $1 and state in ('routing', 'waiting') returning dialled`,
          [change.callId, staffId],
        );
        if (row) await publish('answered', change.callId, row.dialled);
      }
      if (change.change === 'wrap-up') {
        const [row] = await store.query<{ dialled: string }>(
          `update hotline_calls set state = 'ended', finished_at = now()
            where call_id = $1 and state = 'answered' and answered_by = $2 returning dialled`,
          [change.callId, staffId],
        );
        if (row) await publish('ended', change.callId, row.dialled);
      }
    },
    async pbxEvent(event) {
      if (event.event === 'queued') {
        await store.query(
          `update hotline_calls set pbx_tindex = $2, pbx_tlabel = $3 where call_id = $1 and state = 'waiting'`,
          [event.callId, event.tindex, event.tlabel],
        );
        return this.kick();
      }
      const dialled = await finishUnanswered(store, event.callId, event.event === 'limit' ? 'busy' : 'abandoned');
      if (dialled) await publish(event.event === 'limit' ? 'busy' : 'abandoned', event.callId, dialled);
    },
    async position(callId) {
      const [call] = await store.query<{ state: string; releasedTo: string | null; queuedAt: Date | null; areaCode: string | null }>(
        `select state, released_to as "releasedTo", queued_at as "queuedAt", area_code as "areaCode" from hotline_calls where call_id = $1`,
        [callId],
      );
      if (!call) return null;
      const waitingSince = call.queuedAt?.toISOString() ?? null;
      if (call.state === 'waiting' && call.releasedTo === null) {
        const line = await store.query<WaitingCall & { queuedAt: Date }>(
          `select call_id as "callId", area_code as "areaCode", priority, queued_at as "queuedAt", passed_over as "passedOver"
             from hotline_calls where state = 'waiting' and released_to is null and area_code is not distinct from $1`,
          [call.areaCode],
        );
        const calls = line.map((c) => ({ ...c, queuedAt: c.queuedAt.getTime() }));
        const self = calls.find((c) => c.callId === callId);
        return { state: 'waiting', position: self ? placeInLine(self, calls) : 1, waitingSince };
      }
      return { state: shownState[call.state] ?? 'offered', position: null, waitingSince };
    },
  };
}
