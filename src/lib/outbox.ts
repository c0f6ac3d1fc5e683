import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * Changes waiting to reach the API, kept in IndexedDB so that a reload, a crashed tab or an API
 * outage loses nothing. A newer change to the same thing (`key`) replaces the older one; the
 * changes of one `group` (one call record) go out in the order they were made, and a group
 * waits as a whole while its oldest change cannot be sent. A change the API refuses stays,
 * marked, until a corrected one replaces it.
 */
/** What one kind of outbox carries: a discriminated union of changes, one `kind` per API write. */
export interface OutboxChange {
  kind: string;
  payload: unknown;
}

export type OutboxEntry<C extends OutboxChange = OutboxChange> = C & {
  key: string;
  group: string;
  /** Order of arrival across the whole outbox. */
  seq: number;
  queuedAt: number;
  /** The API refused this change (bad input): it stays, shown, until replaced or discarded. */
  rejection?: unknown;
};

export type SendResult = { outcome: 'sent' } | { outcome: 'retry' } | { outcome: 'rejected'; rejection: unknown };

export interface OutboxState {
  /** Changes not yet accepted by the API. */
  pending: number;
  /** The last attempt could not reach the API; a retry is scheduled. */
  waiting: boolean;
  /** Changes the API refused. */
  rejected: number;
  sending: boolean;
}

interface OutboxDb<C extends OutboxChange> extends DBSchema {
  entries: { key: string; value: OutboxEntry<C>; indexes: { seq: number } };
  meta: { key: string; value: number };
}

const RETRY_MS = [1000, 2000, 4000, 8000, 15_000];

export class Outbox<C extends OutboxChange = OutboxChange> {
  private db: Promise<IDBPDatabase<OutboxDb<C>>>;
  private listeners = new Set<(state: OutboxState) => void>();
  private state: OutboxState = { pending: 0, waiting: false, rejected: 0, sending: false };
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private closed = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private readonly onOnline = () => void this.flush();

  constructor(
    readonly name: string,
    private readonly send: (entry: OutboxEntry<C>) => Promise<SendResult>,
  ) {
    this.db = openDB<OutboxDb<C>>(name, 1, {
      upgrade(db) {
        const entries = db.createObjectStore('entries', { keyPath: 'key' });
        entries.createIndex('seq', 'seq');
        db.createObjectStore('meta');
      },
    });
    if (typeof window !== 'undefined') window.addEventListener('online', this.onOnline);
  }

  getState(): OutboxState {
    return this.state;
  }

  subscribe(listener: (state: OutboxState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Queues a change (replacing any waiting one with the same key) and tries to send at once. */
  async put(change: C & { key: string; group: string }): Promise<void> {
    const db = await this.db;
    const tx = db.transaction(['entries', 'meta'], 'readwrite');
    const seq = ((await tx.objectStore('meta').get('seq')) ?? 0) + 1;
    await tx.objectStore('meta').put(seq, 'seq');
    await tx.objectStore('entries').put({ ...change, seq, queuedAt: Date.now() });
    await tx.done;
    await this.refreshState();
    void this.flush();
  }

  async entries(group?: string): Promise<OutboxEntry<C>[]> {
    const all = await (await this.db).getAllFromIndex('entries', 'seq');
    return group === undefined ? all : all.filter((entry) => entry.group === group);
  }

  async discard(key: string): Promise<void> {
    await (await this.db).delete('entries', key);
    await this.refreshState();
  }

  /** Empties the outbox (at sign-out: nothing of a caller stays in the browser). */
  async clear(): Promise<void> {
    const db = await this.db;
    await db.clear('entries');
    await this.refreshState();
  }

  /**
   * Sends what can be sent; resolves after a pass that began after this call, so whatever was
   * queued before it has had its chance. Calls during a pass share the one pass queued after it.
   */
  flush(): Promise<void> {
    if (this.queued) return this.queued;
    if (this.running) {
      this.queued = this.running.then(() => {
        this.queued = null;
        return this.run();
      });
      return this.queued;
    }
    return this.run();
  }

  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (typeof window !== 'undefined') window.removeEventListener('online', this.onOnline);
    void this.db.then((db) => db.close());
  }

  private run(): Promise<void> {
    this.running = this.pass()
      .catch((error: unknown) => {
        // Only a closed outbox (signed out, tab going away) may fail a pass quietly.
        if (!this.closed) throw error;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  private async pass(): Promise<void> {
    if (this.closed) return;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.setState({ sending: true });
    const blockedGroups = new Set<string>();
    let unreachable = false;
    for (const entry of await this.entries()) {
      if (blockedGroups.has(entry.group) || entry.rejection !== undefined) continue;
      const result = await this.send(entry).catch((): SendResult => ({ outcome: 'retry' }));
      if (result.outcome === 'sent') {
        await this.removeIfUnchanged(entry);
      } else if (result.outcome === 'rejected') {
        // Bad input in one change does not hold back the record's other changes.
        await this.markRejected(entry, result.rejection);
      } else {
        unreachable = true;
        blockedGroups.add(entry.group);
      }
    }
    await this.refreshState();
    this.failures = unreachable ? this.failures + 1 : 0;
    this.setState({ sending: false, waiting: unreachable });
    if (unreachable && !this.closed) {
      const delay = RETRY_MS[Math.min(this.failures - 1, RETRY_MS.length - 1)] ?? 15_000;
      this.retryTimer = setTimeout(() => void this.flush(), delay);
    }
  }

  /** A newer change may have replaced the one just sent: only the sent one is removed. */
  private async removeIfUnchanged(sent: OutboxEntry<C>): Promise<void> {
    const db = await this.db;
    const tx = db.transaction('entries', 'readwrite');
    const current = await tx.store.get(sent.key);
    if (current?.seq === sent.seq) await tx.store.delete(sent.key);
    await tx.done;
  }

  private async markRejected(entry: OutboxEntry<C>, rejection: unknown): Promise<void> {
    const db = await this.db;
    const tx = db.transaction('entries', 'readwrite');
    const current = await tx.store.get(entry.key);
    if (current?.seq === entry.seq) await tx.store.put({ ...current, rejection });
    await tx.done;
  }

  private async refreshState(): Promise<void> {
    const all = await this.entries();
    this.setState({ pending: all.length, rejected: all.filter((entry) => entry.rejection !== undefined).length });
  }

  private setState(patch: Partial<OutboxState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }
}
