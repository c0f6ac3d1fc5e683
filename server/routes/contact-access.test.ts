import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type ContactRecord, type EndpointResponse } from '../../src/contract';
import { auditCount, intakeWith, mobile, signInNewStaff, startCall } from '../testing/contacts';
import { createHarness, type Harness } from '../testing/harness';

type ContactList = EndpointResponse<typeof api.listContacts>;

let h: Harness;
type Who = 'counsellor1' | 'counsellor2' | 'counsellor3' | 'supervisor1' | 'trainer1' | 'admin1' | 'xiamenSupervisor';
const cookies = {} as Record<Who, string>;
let record: ContactRecord;

beforeAll(async () => {
  h = await createHarness();
  for (const username of ['counsellor1', 'counsellor2', 'counsellor3', 'supervisor1', 'trainer1', 'admin1'] as const) {
    cookies[username] = await h.signIn(username);
  }
  cookies.xiamenSupervisor = await signInNewStaff(h, { username: 'supervisor-xm', role: 'supervisor', centre: '0592', sipUsername: '8102' });
  // A Fuzhou counsellor's record of a call to Xiamen's line: the counsellor's centre decides who supervises it.
  record = await startCall(h, cookies.counsellor1, { dialled: '059212356' });
});
afterAll(() => h.close());

const read = (cookie: string, id = record.id) => h.call('GET', `/api/contacts/${id}`, { cookie });
const saveIntake = (cookie: string, revision: number) =>
  h.call('PUT', `/api/contacts/${record.id}/intake`, { cookie, body: { revision, intake: intakeWith(() => undefined) } });

describe('who may read a record', () => {
  it('lets the owner and a supervisor of the owner’s centre read it', async () => {
    expect((await read(cookies.counsellor1)).status).toBe(200);
    const supervised = await read(cookies.supervisor1);
    expect(supervised.status).toBe(200);
    expect(((await supervised.json()) as ContactRecord).id).toBe(record.id);
  });

  it('answers 404 to another counsellor, even of the same centre, as for a record that does not exist', async () => {
    for (const cookie of [cookies.counsellor2, cookies.counsellor3]) {
      const res = await read(cookie);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'not_found' } });
    }
    expect((await read(cookies.counsellor1, randomUUID())).status).toBe(404);
  });

  it('answers 404 to a supervisor of another centre, whichever line the call came in on', async () => {
    expect((await read(cookies.xiamenSupervisor)).status).toBe(404);
  });

  it('answers 403 to trainers and admins on every contact endpoint', async () => {
    for (const cookie of [cookies.trainer1, cookies.admin1]) {
      expect((await read(cookie)).status).toBe(403);
      expect((await h.call('GET', '/api/contacts', { cookie })).status).toBe(403);
      expect((await h.call('POST', `/api/contacts/${record.id}/caller-number`, { cookie })).status).toBe(403);
      expect((await h.call('POST', '/api/callers/history', { cookie, body: { callId: 'call-1', callerNumber: mobile } })).status).toBe(403);
    }
  });

  it('answers 400 to an id that is no uuid', async () => {
    expect((await read(cookies.counsellor1, 'not-a-uuid')).status).toBe(400);
  });

  it('audits every successful read, and no failed one, without caller data', async () => {
    const before = await auditCount(h, 'contact.read', record.id);
    await read(cookies.counsellor1);
    await read(cookies.supervisor1);
    await read(cookies.counsellor1);
    await read(cookies.counsellor2);
    expect(await auditCount(h, 'contact.read', record.id)).toBe(before + 3);
    const details = await h.store.query<{ detail: object }>("select detail from audit_log where action = 'contact.read'");
    expect(JSON.stringify(details)).not.toContain(mobile);
  });
});

describe('who may change a record', () => {
  it('lets only the owner save; the supervisor may read but not write (403), others get 404', async () => {
    expect((await saveIntake(cookies.counsellor1, 1)).status).toBe(200);
    expect((await saveIntake(cookies.supervisor1, 2)).status).toBe(403);
    expect((await saveIntake(cookies.counsellor2, 2)).status).toBe(404);
    expect((await h.call('POST', `/api/contacts/${record.id}/end`, { cookie: cookies.supervisor1, body: { endedAt: new Date().toISOString() } })).status).toBe(403);
  });
});

describe('listing a centre’s records', () => {
  it('is for supervisors: counsellors get 403', async () => {
    const res = await h.call('GET', '/api/contacts?scope=centre', { cookie: cookies.counsellor1 });
    expect(res.status).toBe(403);
  });

  it('shows a supervisor the records of their own centre only', async () => {
    const xiamen = await startCall(h, cookies.counsellor3);
    const fuzhou = await h.call('GET', '/api/contacts?scope=centre', { cookie: cookies.supervisor1 });
    expect(((await fuzhou.json()) as ContactList).contacts.map((c) => c.id)).toEqual([record.id]);
    const other = await h.call('GET', '/api/contacts?scope=centre', { cookie: cookies.xiamenSupervisor });
    expect(((await other.json()) as ContactList).contacts.map((c) => c.id)).toEqual([xiamen.id]);
  });
});

describe('revealing the caller’s number', () => {
  it('answers the whole number to the owner and the centre’s supervisor, audited each time', async () => {
    for (const cookie of [cookies.counsellor1, cookies.supervisor1]) {
      const res = await h.call('POST', `/api/contacts/${record.id}/caller-number`, { cookie });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ callerNumber: mobile });
    }
    expect(await auditCount(h, 'contact.caller-number.reveal', record.id)).toBe(2);
  });

  it('answers 404 to anyone else', async () => {
    for (const cookie of [cookies.counsellor2, cookies.xiamenSupervisor]) {
      expect((await h.call('POST', `/api/contacts/${record.id}/caller-number`, { cookie })).status).toBe(404);
    }
  });

  it('answers an empty number when it was withheld', async () => {
    const withheld = await startCall(h, cookies.counsellor1, { callerNumber: '' });
    const res = await h.call('POST', `/api/contacts/${withheld.id}/caller-number`, { cookie: cookies.counsellor1 });
    expect(await res.json()).toEqual({ callerNumber: '' });
  });
});
