import { describe, expect, it } from 'vitest';
import { emptyIntake, type StartContactRequest } from '../../contract';
import type { OutboxEntry } from '../../lib/outbox';
import { rebuildRecord } from './rebuild';
import type { RecordChange } from './record-outbox';
import { fromStartRequest, type OpenRecord } from './record-store';

const start: StartContactRequest = {
  id: '6f1c2a1e-8d8b-4c1e-9a57-3f8e2b1d0c11',
  callId: 'abc@pbx',
  dialled: '059112356',
  callerNumber: '13800138000',
  answeredAt: '2026-11-22T01:02:03.000+08:00',
};
const regions = ['0591', '0592'];

let seq = 0;
const entry = (change: RecordChange): OutboxEntry<RecordChange> => ({
  ...change,
  key: `${start.id}:${change.kind}`,
  group: start.id,
  seq: ++seq,
  queuedAt: 0,
});

const server: OpenRecord = {
  ...fromStartRequest(start, regions),
  intake: { ...emptyIntake('0591'), summary: 'from the server' },
  intakeRevision: 5,
  notes: [{ id: 'n1', atSec: 10, text: '失眠', edited: false }],
  notesRevision: 3,
};

describe('rebuildRecord', () => {
  it('is the server’s record when nothing waits', () => {
    expect(rebuildRecord(server, [], regions)).toEqual(server);
  });

  it('lays waiting changes newer than the server’s over it', () => {
    const notes = [{ id: 'n1', atSec: 10, text: '失眠，想死', edited: true }];
    const rebuilt = rebuildRecord(server, [entry({ kind: 'notes', payload: { revision: 4, notes } }), entry({ kind: 'end', payload: { endedAt: '2026-11-22T01:30:00.000+08:00' } })], regions);
    expect(rebuilt?.notes).toEqual(notes);
    expect(rebuilt?.notesRevision).toBe(4);
    expect(rebuilt?.intake.summary).toBe('from the server');
    expect(rebuilt?.endedAt).toBe('2026-11-22T01:30:00.000+08:00');
  });

  it('ignores a waiting change the server already has a newer revision of', () => {
    const stale = { ...emptyIntake('0591'), summary: 'stale' };
    expect(rebuildRecord(server, [entry({ kind: 'intake', payload: { revision: 4, intake: stale } })], regions)?.intake.summary).toBe('from the server');
  });

  it('keeps the counsellor’s text of a save refused because another tab stored the same revision', () => {
    const mine = [{ id: 'n1', atSec: 10, text: '我这边写的', edited: true }];
    const refused = { ...entry({ kind: 'notes', payload: { revision: 3, notes: mine } }), rejection: { code: 'conflict', issues: [], revision: 3 } };
    expect(rebuildRecord(server, [refused], regions)?.notes).toEqual(mine);
  });

  it('rebuilds a record the API never saw, from its waiting start and changes', () => {
    const intake = { ...emptyIntake('0591'), summary: 'typed while the API was down' };
    const rebuilt = rebuildRecord(null, [entry({ kind: 'start', payload: start }), entry({ kind: 'intake', payload: { revision: 1, intake } })], regions);
    expect(rebuilt).toMatchObject({
      id: start.id,
      callId: 'abc@pbx',
      areaCode: '0591',
      callerNumberMasked: '138****8000',
      intakeRevision: 1,
      intake: { summary: 'typed while the API was down', caller: { region: '0591' } },
    });
  });

  it('knows nothing of a record with neither a server copy nor a waiting start', () => {
    expect(rebuildRecord(null, [entry({ kind: 'notes', payload: { revision: 1, notes: [] } })], regions)).toBeNull();
  });
});
