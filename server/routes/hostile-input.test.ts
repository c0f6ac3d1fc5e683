import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyIntake, MAX_REVISION } from '../../src/contract';
import { startCall } from '../testing/contacts';
import { createHarness, type Harness } from '../testing/harness';

let h: Harness;
let cookie: string;
beforeAll(async () => {
  h = await createHarness();
  cookie = await h.signIn('counsellor1');
});
afterAll(() => h.close());

const note = (text: string, id = 'note-0001') => ({ id, atSec: 5, text, edited: false });
const errorOf = async (res: Response) => ({ status: res.status, body: (await res.json()) as unknown });

describe('inputs PostgreSQL cannot store are 400 with a message, not 500', () => {
  it('refuses revisions beyond what a part can be saved at, and keeps saving below it', async () => {
    const record = await startCall(h, cookie);
    const save = (revision: number) => h.call('PUT', `/api/contacts/${record.id}/notes`, { cookie, body: { revision, notes: [] } });
    for (const revision of [2147483648, 2147483647, MAX_REVISION + 1]) {
      expect(await errorOf(await save(revision)), String(revision)).toEqual({
        status: 400,
        body: { error: { code: 'validation', issues: [{ path: ['revision'], message: 'too_big' }] } },
      });
    }
    expect((await save(MAX_REVISION)).status).toBe(200);
    expect(await (await save(MAX_REVISION)).json()).toMatchObject({ revision: MAX_REVISION });
  });

  it('refuses half a surrogate pair in free text and in any other field, and keeps whole pairs', async () => {
    const record = await startCall(h, cookie);
    const notes = (body: object) => h.call('PUT', `/api/contacts/${record.id}/notes`, { cookie, body });
    expect(await errorOf(await notes({ revision: 1, notes: [note('好\ud83d')] }))).toEqual({
      status: 400,
      body: { error: { code: 'validation', issues: [{ path: ['notes', 0, 'text'], message: 'text.badCharacters' }] } },
    });
    const intake = emptyIntake('0591');
    intake.problems = [{ category: 'self-harm', detail: '\udc00' as 'suicidal-thoughts' }];
    const res = await h.call('PUT', `/api/contacts/${record.id}/intake`, { cookie, body: { revision: 1, intake } });
    expect(await errorOf(res)).toEqual({
      status: 400,
      body: {
        error: {
          code: 'validation',
          issues: expect.arrayContaining([{ path: ['intake', 'problems', 0, 'detail'], message: 'text.badId' }]) as unknown,
        },
      },
    });
    expect((await notes({ revision: 1, notes: [note('好😀')] })).status).toBe(200);
  });

  it('refuses a NUL in ids, path parameters and the PBX’s query strings', async () => {
    const record = await startCall(h, cookie);
    const saveNote = await h.call('PUT', `/api/contacts/${record.id}/notes`, { cookie, body: { revision: 1, notes: [note('ok', 'id\u0000')] } });
    expect(await errorOf(saveNote)).toEqual({
      status: 400,
      body: { error: { code: 'validation', issues: [{ path: ['notes', 0, 'id'], message: 'text.badId' }] } },
    });
    expect((await h.call('GET', '/api/contacts/%00', { cookie })).status).toBe(400);
    for (const path of [
      '/api/pbx/ha1?username=8001%00&realm=12356.local',
      '/api/pbx/route?dialled=12356&callId=abc%00def',
      '/api/pbx/route?dialled=12356&callId=abc&tried=8001%00',
    ]) {
      const res = await h.pbx(path);
      expect(res.status, path).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'validation' } });
    }
    // A field whose schema is a plain string is still guarded: the check after the schemas.
    const caller = await h.pbx('/api/pbx/route?dialled=12356&callId=abc&caller=138%00');
    expect(await errorOf(caller)).toEqual({
      status: 400,
      body: { error: { code: 'validation', issues: [{ path: ['caller'], message: 'text.badCharacters' }] } },
    });
  });

  it('refuses a Call-ID that no SIP stack makes', async () => {
    const res = await h.call('POST', '/api/contacts', {
      cookie,
      body: { id: crypto.randomUUID(), callId: 'a b', dialled: '12356', callerNumber: '', answeredAt: new Date().toISOString() },
    });
    expect(await errorOf(res)).toEqual({
      status: 400,
      body: { error: { code: 'validation', issues: [{ path: ['callId'], message: 'text.badId' }] } },
    });
  });
});
