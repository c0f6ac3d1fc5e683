import { LiveEvent, type LiveSnapshot } from '../../src/contract';
import type { CentreSettingsOverrides } from '../config';
import type { Queryable } from '../store/store';
import type { LiveBus, LiveChange } from './bus';
import { eventsOf, type Outgoing } from './build';
import { snapshotFor } from './snapshot';
import { mayReceive, type Viewer } from './viewer';

/** One Server-Sent Event as it goes on the wire; `data` is one line of JSON. */
export function sseFrame(event: LiveEvent): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(LiveEvent.parse(event))}\n\n`;
}

interface Subscriber {
  viewer: Viewer;
  write: (frame: string) => void;
  /** Frames that arrived while the snapshot was being read, sent right after it. */
  pending: string[] | null;
  /** The last change heard before this stream's snapshot was read: the snapshot covers it. */
  joinedAfter: number;
  onOwnSeat?: () => void;
}

export interface LiveHub {
  /**
   * Starts a viewer's stream: the snapshot first, then every event they may see. Registered before
   * the snapshot is read, so a change made meanwhile is not lost (at worst it repeats what the
   * snapshot already shows). Returns the unsubscribe. `onOwnSeat` hears every change of the
   * viewer's own seat, which is what signing out or a deactivation announces (#15).
   */
  open(viewer: Viewer, write: (frame: string) => void, onOwnSeat?: () => void): Promise<() => void>;
}

/**
 * The process's side of the bus: one bus subscription however many streams are open (taken with
 * the first, dropped with the last), and each change read from the database and serialised once,
 * then handed to every stream whose viewer may see it. Changes are handled in the order they come.
 */
export function liveHub(bus: LiveBus, db: Queryable, overrides: CentreSettingsOverrides): LiveHub {
  const subscribers = new Set<Subscriber>();
  let unsubscribeBus: (() => void) | null = null;
  let queue: Promise<void> = Promise.resolve();
  // Snapshot reads under way, by what they show: a reconnecting crowd (an API restart) shares them.
  const reads = new Map<string, { heardBefore: number; snapshot: Promise<LiveSnapshot> }>();
  // Numbers the changes as they are heard.
  let heard = 0;

  function deliver(number: number, outgoing: readonly Outgoing[]): void {
    for (const { event, audience } of outgoing) {
      let frame: string | undefined;
      for (const subscriber of subscribers) {
        if (number <= subscriber.joinedAfter || !mayReceive(subscriber.viewer, audience)) continue;
        frame ??= sseFrame(event);
        if (subscriber.pending) subscriber.pending.push(frame);
        else subscriber.write(frame);
      }
    }
  }

  function onChange(change: LiveChange): void {
    const number = ++heard;
    if (change.kind === 'seat') {
      for (const subscriber of subscribers) if (subscriber.viewer.staffId === change.staffId) subscriber.onOwnSeat?.();
    }
    queue = queue
      .then(async () => deliver(number, await eventsOf(db, change, overrides)))
      // Ids only: the log names what changed, never whom it concerns beyond an id.
      .catch((error: unknown) => console.error(`live event of a ${change.kind} change not sent:`, error instanceof Error ? error.message : error));
  }

  /**
   * A read already under way serves another viewer of the same scope only while no change has been
   * heard since it began; otherwise the change might be in neither the snapshot nor the stream.
   */
  function sharedSnapshot(viewer: Viewer): Promise<LiveSnapshot> {
    const key =
      viewer.role === 'admin' || viewer.role === 'trainer'
        ? viewer.role
        : viewer.role === 'supervisor'
          ? `centre:${viewer.centre}`
          : `staff:${viewer.staffId}`;
    const current = reads.get(key);
    if (current && current.heardBefore === heard) return current.snapshot;
    const snapshot = snapshotFor(db, viewer, overrides);
    const read = { heardBefore: heard, snapshot };
    reads.set(key, read);
    const forget = () => {
      if (reads.get(key) === read) reads.delete(key);
    };
    snapshot.then(forget, forget);
    return snapshot;
  }

  function remove(subscriber: Subscriber): void {
    subscribers.delete(subscriber);
    if (subscribers.size === 0 && unsubscribeBus) {
      unsubscribeBus();
      unsubscribeBus = null;
    }
  }

  return {
    async open(viewer, write, onOwnSeat) {
      const subscriber: Subscriber = { viewer, write, pending: [], joinedAfter: heard, onOwnSeat };
      subscribers.add(subscriber);
      unsubscribeBus ??= bus.subscribe(onChange);
      try {
        write(sseFrame({ type: 'snapshot', snapshot: await sharedSnapshot(viewer) }));
      } catch (error) {
        remove(subscriber);
        throw error;
      }
      for (const frame of subscriber.pending ?? []) write(frame);
      subscriber.pending = null;
      return () => remove(subscriber);
    },
  };
}
