import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ContactRecord, Intake, SavedPart, TransferLog } from '../../src/contract';
import { intakeWith, startCall, transferEntry } from '../testing/contacts';
import { createHarness, type Harness } from '../testing/harness';

let h: Harness;
let cookie: string;
let record: ContactRecord;
beforeAll(async () => {
  h = await createHarness();
  cookie = await h.signIn('counsellor1');
});
afterAll(() => h.close());
beforeEach(async () => {
  record = await startCall(h, cookie);
});

const putTransfers = (revision: number, transfers: unknown, as = cookie) =>
  h.call('PUT', `/api/contacts/${record.id}/transfers`, { cookie: as, body: { revision, transfers } });
const complete = (transfersRevision: number, transfers: TransferLog, intake: Intake = intakeWith((i) => (i.callType = 'silent'))) =>
  h.call('POST', `/api/contacts/${record.id}/complete`, {
    cookie,
    body: { intakeRevision: 1, intake, notesRevision: 1, notes: [], transfersRevision, transfers },
  });
const reload = async () => (await (await h.call('GET', `/api/contacts/${record.id}`, { cookie })).json()) as ContactRecord;

describe('autosaving the transfer log', () => {
  it('starts empty at revision 0', () => {
    expect(record).toMatchObject({ transfers: [], transfersRevision: 0 });
  });

  it('stores a newer revision and answers it', async () => {
    const log = [transferEntry({ outcome: 'completed', endedAt: '2026-03-01T02:15:00.000Z' })];
    const res = await putTransfers(1, log);
    expect(res.status).toBe(200);
    expect(((await res.json()) as SavedPart).revision).toBe(1);
    expect(await reload()).toMatchObject({ transfers: log, transfersRevision: 1 });
  });

  it('answers a retry (the stored entries, at this or an older revision) with the stored revision; other entries not newer are 409', async () => {
    const newest = [transferEntry({ targetNumber: '110', targetName: '公安报警' })];
    await putTransfers(4, newest);
    for (const revision of [3, 4]) {
      const res = await putTransfers(revision, newest);
      expect(res.status).toBe(200);
      expect(((await res.json()) as SavedPart).revision).toBe(4);
    }
    for (const revision of [3, 4]) {
      const conflicting = await putTransfers(revision, [transferEntry()]);
      expect(conflicting.status).toBe(409);
      expect(await conflicting.json()).toEqual({ error: { code: 'conflict', revision: 4 } });
    }
    expect(await reload()).toMatchObject({ transfers: newest, transfersRevision: 4 });
  });

  it('is for the owner only: the supervisor gets 403, another counsellor 404', async () => {
    expect((await putTransfers(1, [], await h.signIn('supervisor1'))).status).toBe(403);
    expect((await putTransfers(1, [], await h.signIn('counsellor2'))).status).toBe(404);
  });

  it('refuses an entry the contract refuses, and stores nothing', async () => {
    const res = await putTransfers(1, [{ ...transferEntry(), targetNumber: '1-2-0' }]);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'validation', issues: [{ path: ['transfers', 0, 'targetNumber'], message: 'phone.digitsOnly' }] },
    });
    expect((await reload()).transfersRevision).toBe(0);
  });
});

describe('completing with the transfer log', () => {
  it('saves the log the completion carries', async () => {
    const log = [transferEntry({ kind: 'blind', outcome: 'completed' })];
    await putTransfers(1, []);
    const res = await complete(2, log);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'completed', transfers: log, transfersRevision: 2 });
  });

  it('answers 409 to the stored revision with another log, as for the other parts, and completes it with the same log', async () => {
    const log = [transferEntry()];
    await putTransfers(2, []);
    expect((await complete(2, log)).status).toBe(409);
    expect(await reload()).toMatchObject({ status: 'draft', transfers: [], transfersRevision: 2 });
    expect((await complete(2, [])).status).toBe(200);
  });

  it('answers 409 when the API holds a newer log than the one being completed', async () => {
    const log = [transferEntry()];
    await putTransfers(3, log);
    expect((await complete(2, [])).status).toBe(409);
    expect(await reload()).toMatchObject({ status: 'draft', transfers: log, transfersRevision: 3 });
  });

  it('refuses to change the log of a completed record', async () => {
    expect((await complete(0, [])).status).toBe(200);
    expect((await putTransfers(5, [transferEntry()])).status).toBe(409);
    expect(await reload()).toMatchObject({ transfers: [], transfersRevision: 0 });
  });
});
