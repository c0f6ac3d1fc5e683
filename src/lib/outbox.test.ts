import { afterEach, describe, expect, it } from 'vitest';
import { Outbox, type OutboxEntry, type SendResult } from './outbox';

let dbCount = 0;
const opened: Outbox[] = [];

function outbox(send: (entry: OutboxEntry) => Promise<SendResult>, name = `outbox-test-${++dbCount}`) {
  const box = new Outbox(name, send);
  opened.push(box);
  return box;
}

const sent = (): SendResult => ({ outcome: 'sent' });
const retry = (): SendResult => ({ outcome: 'retry' });

afterEach(() => {
  for (const box of opened.splice(0)) box.close();
});

describe('Outbox', () => {
  it('sends a change and forgets it once the API accepted it', async () => {
    const seen: string[] = [];
    const box = outbox(async (entry) => {
      seen.push(`${entry.key}=${JSON.stringify(entry.payload)}`);
      return sent();
    });
    await box.put({ key: 'c1:intake', group: 'c1', kind: 'intake', payload: { revision: 1 } });
    await box.flush();
    expect(seen).toEqual(['c1:intake={"revision":1}']);
    expect(await box.entries()).toEqual([]);
    expect(box.getState()).toMatchObject({ pending: 0, waiting: false });
  });

  it('keeps changes while the API is unreachable and sends them, newest only, on recovery', async () => {
    let online = false;
    const seen: unknown[] = [];
    const box = outbox(async (entry) => {
      if (!online) return retry();
      seen.push(entry.payload);
      return sent();
    });
    await box.put({ key: 'c1:notes', group: 'c1', kind: 'notes', payload: 'first' });
    await box.put({ key: 'c1:notes', group: 'c1', kind: 'notes', payload: 'second' });
    await box.flush();
    expect(box.getState()).toMatchObject({ pending: 1, waiting: true });
    expect((await box.entries()).map((entry) => entry.payload)).toEqual(['second']);
    online = true;
    await box.flush();
    expect(seen).toEqual(['second']);
    expect(box.getState()).toMatchObject({ pending: 0, waiting: false });
  });

  it('survives a reload: a new outbox on the same database finds what was waiting', async () => {
    const name = `outbox-reload-${++dbCount}`;
    const first = outbox(async () => retry(), name);
    await first.put({ key: 'c9:intake', group: 'c9', kind: 'intake', payload: { text: '吞药' } });
    await first.flush();
    first.close();
    const delivered: unknown[] = [];
    const second = outbox(async (entry) => {
      delivered.push(entry.payload);
      return sent();
    }, name);
    expect((await second.entries()).map((entry) => entry.key)).toEqual(['c9:intake']);
    await second.flush();
    expect(delivered).toEqual([{ text: '吞药' }]);
  });

  it('sends a record’s changes in order and holds the rest of that record back while one cannot go', async () => {
    const order: string[] = [];
    let startReachable = false;
    const box = outbox(async (entry) => {
      if (entry.kind === 'start' && !startReachable) return retry();
      order.push(entry.key);
      return sent();
    });
    await box.put({ key: 'a:start', group: 'a', kind: 'start', payload: null });
    await box.put({ key: 'a:intake', group: 'a', kind: 'intake', payload: null });
    await box.put({ key: 'b:intake', group: 'b', kind: 'intake', payload: null });
    await box.flush();
    expect(order).toEqual(['b:intake']);
    startReachable = true;
    await box.flush();
    expect(order).toEqual(['b:intake', 'a:start', 'a:intake']);
  });

  it('keeps a refused change, marked, without holding back the record’s other changes', async () => {
    const box = outbox(async (entry) =>
      entry.kind === 'intake' ? { outcome: 'rejected', rejection: { code: 'validation' } } : sent(),
    );
    await box.put({ key: 'c1:intake', group: 'c1', kind: 'intake', payload: 'bad' });
    await box.put({ key: 'c1:notes', group: 'c1', kind: 'notes', payload: 'fine' });
    await box.flush();
    const left = await box.entries();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ key: 'c1:intake', rejection: { code: 'validation' } });
    expect(box.getState()).toMatchObject({ pending: 1, rejected: 1 });
    await box.put({ key: 'c1:intake', group: 'c1', kind: 'intake', payload: 'corrected' });
    await box.flush();
    expect((await box.entries())[0]).toMatchObject({ payload: 'corrected', rejection: { code: 'validation' } });
  });

  it('does not drop a newer change that arrived while the older one was being sent', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const delivered: unknown[] = [];
    const box = outbox(async (entry) => {
      if (entry.payload === 'old') await gate;
      delivered.push(entry.payload);
      return sent();
    });
    await box.put({ key: 'k', group: 'g', kind: 'notes', payload: 'old' });
    const sending = box.flush();
    await box.put({ key: 'k', group: 'g', kind: 'notes', payload: 'new' });
    release();
    await sending;
    await box.flush();
    expect(delivered).toEqual(['old', 'new']);
    expect(await box.entries()).toEqual([]);
  });

  it('empties completely at sign-out', async () => {
    const box = outbox(async () => retry());
    await box.put({ key: 'x', group: 'g', kind: 'notes', payload: '割腕' });
    await box.clear();
    expect(await box.entries()).toEqual([]);
    expect(box.getState().pending).toBe(0);
  });
});
