import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContactRecord, CreateHandoffRequest, HandoffView } from '../../src/contract';
import { auditCount, handoffRequest, mobile, startCall } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';

let h: Harness;
let peer = '127.0.0.1';
let counsellor: string;
let record: ContactRecord;
beforeAll(async () => {
  h = await createHarness({ clientAddress: () => peer });
  counsellor = await h.signIn('counsellor1');
});
afterAll(() => h.close());
beforeEach(async () => {
  peer = '127.0.0.1';
  await h.store.query('delete from handoff_read_failures');
  record = await startCall(h, counsellor);
});

const create = (request: CreateHandoffRequest, cookie = counsellor, contactId = record.id) =>
  h.call('POST', `/api/contacts/${contactId}/handoffs`, { cookie, body: request });
const read = (id: string, token: string, cookie?: string) =>
  h.call('POST', `/api/handoffs/${id}/read`, { body: { token }, ...(cookie && { cookie }) });

const created = async (request: CreateHandoffRequest) => okJson<HandoffView>(await create(request));

describe('storing a hand-off packet', () => {
  it('answers the packet with the record’s centre and counsellor', async () => {
    const request = handoffRequest();
    const view = await created(request);
    const { id, token: _token, ...packet } = request;
    expect(view).toEqual({ ...packet, id, contactId: record.id, createdAt: view.createdAt, centreAreaCode: '0591', counsellorName: '张咨询员' });
    expect(JSON.stringify(view)).not.toContain(request.token);
    expect(await auditCount(h, 'handoff.create', id)).toBe(1);
  });

  it('keeps only a hash of the token', async () => {
    const request = handoffRequest();
    await created(request);
    const rows = await h.store.query('select * from handoffs where id = $1', [request.id]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(request.token);
  });

  it('answers the stored packet when the same id comes again, and stores it once', async () => {
    const request = handoffRequest();
    const first = await created(request);
    const again = await created({ ...request, location: '改过的地址' });
    expect(again).toEqual(first);
    expect(await h.store.query('select 1 from handoffs where id = $1', [request.id])).toHaveLength(1);
    expect(await auditCount(h, 'handoff.create', request.id)).toBe(1);
  });

  it('refuses the same id for another record, or with another token', async () => {
    const request = handoffRequest();
    await created(request);
    const other = await startCall(h, counsellor);
    expect((await create(request, counsellor, other.id)).status).toBe(409);
    expect((await create({ ...request, token: handoffRequest().token })).status).toBe(409);
  });

  it('is for the record’s owner: its supervisor gets 403, anyone else 404', async () => {
    expect((await create(handoffRequest(), await h.signIn('supervisor1'))).status).toBe(403);
    expect((await create(handoffRequest(), await h.signIn('counsellor2'))).status).toBe(404);
    expect((await create(handoffRequest(), counsellor, randomUUID())).status).toBe(404);
  });

  it('refuses a token that is too short to be a capability', async () => {
    const res = await create(handoffRequest({ token: 'short' }));
    expect(res.status).toBe(400);
  });
});

describe('reading a hand-off packet (public)', () => {
  it('answers the packet to whoever holds the token, audited without a staff member', async () => {
    const request = handoffRequest();
    const stored = await created(request);
    const res = await read(request.id, request.token);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(stored);
    const audits = await h.store.query<{ staff_id: string | null; detail: object }>(
      "select staff_id, detail from audit_log where action = 'handoff.read' and subject_id = $1",
      [request.id],
    );
    expect(audits).toEqual([{ staff_id: null, detail: { contactId: record.id, peer: '127.0.0.1' } }]);
    expect(JSON.stringify(audits)).not.toContain(mobile);
  });

  it('audits the signed-in reader by name', async () => {
    const request = handoffRequest();
    await created(request);
    const supervisor = await h.signIn('supervisor1');
    expect((await read(request.id, request.token, supervisor)).status).toBe(200);
    const [audit] = await h.store.query<{ staff_id: string }>(
      "select staff_id from audit_log where action = 'handoff.read' and subject_id = $1",
      [request.id],
    );
    const [staff] = await h.store.query<{ id: string }>("select id from staff where username = 'supervisor1'");
    expect(audit?.staff_id).toBe(staff?.id);
  });

  it('answers the same 404 to a wrong token and to an unknown id, and audits neither', async () => {
    const request = handoffRequest();
    await created(request);
    const wrong = await read(request.id, handoffRequest().token);
    const unknown = await read(randomUUID(), request.token);
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'not_found' } });
    }
    expect(await auditCount(h, 'handoff.read', request.id)).toBe(0);
  });

  it('stops serving a packet 24 hours after it was written, saying so only to the right token', async () => {
    const request = handoffRequest();
    await created(request);
    const age = async (minutes: number) =>
      h.store.query(`update handoffs set created_at = now() - make_interval(mins => $2) where id = $1`, [request.id, minutes]);
    await age(23 * 60 + 55);
    expect((await read(request.id, request.token)).status).toBe(200);
    await age(24 * 60 + 5);
    const expired = await read(request.id, request.token);
    expect(expired.status).toBe(410);
    expect(await expired.json()).toEqual({ error: { code: 'expired' } });
    expect((await read(request.id, handoffRequest().token)).status).toBe(404);
    expect(await auditCount(h, 'handoff.read', request.id)).toBe(1);
  });

  it('stops guessing at one hand-off after 20 failures a minute; the right token still reads it', async () => {
    const request = handoffRequest();
    await created(request);
    for (let i = 0; i < 20; i++) {
      peer = `127.0.1.${i}`;
      expect((await read(request.id, handoffRequest().token)).status).toBe(404);
    }
    peer = '127.0.2.1';
    expect((await read(request.id, request.token)).status).toBe(200);
    const locked = await read(request.id, handoffRequest().token);
    expect(locked.status).toBe(429);
    expect(await locked.json()).toMatchObject({ error: { code: 'too_many_attempts' } });
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it('stops one peer after 20 failures a minute, whichever hand-offs it tries, but never the right token', async () => {
    const request = handoffRequest();
    await created(request);
    peer = '127.0.3.1';
    for (let i = 0; i < 20; i++) expect((await read(randomUUID(), request.token)).status).toBe(404);
    expect((await read(randomUUID(), request.token)).status).toBe(429);
    expect((await read(request.id, request.token)).status).toBe(200);
    peer = '127.0.3.2';
    expect((await read(randomUUID(), request.token)).status).toBe(404);
  });

  it('lets no more than 20 guesses past when they come all at once', async () => {
    peer = '127.0.4.1';
    const answers = await Promise.all(Array.from({ length: 26 }, () => read(randomUUID(), handoffRequest().token)));
    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((status) => status === 404)).toHaveLength(20);
    expect(statuses.filter((status) => status === 429)).toHaveLength(6);
  });

  it('behind a trusted reverse proxy, counts each client by the address the proxy names', async () => {
    const behindProxy = await createHarness({ config: { trustedProxies: ['10.1.1.1'] }, clientAddress: '10.1.1.1' });
    const readVia = (forwardedFor: string) =>
      behindProxy.call('POST', `/api/handoffs/${randomUUID()}/read`, {
        body: { token: handoffRequest().token },
        headers: { 'x-forwarded-for': forwardedFor },
      });
    for (let i = 0; i < 20; i++) expect((await readVia('203.0.113.5')).status).toBe(404);
    expect((await readVia('203.0.113.5')).status).toBe(429);
    // Another client of the same proxy; and a client cannot pick its address by sending the header itself.
    expect((await readVia('203.0.113.6')).status).toBe(404);
    expect((await readVia('203.0.113.6, 203.0.113.5')).status).toBe(429);
    await behindProxy.close();
  });

  it('writes nothing to the console, where tokens and packets must never go', async () => {
    const spies = (['log', 'info', 'warn', 'error'] as const).map((method) => vi.spyOn(console, method));
    const request = handoffRequest();
    await created(request);
    await read(request.id, request.token);
    await read(request.id, handoffRequest().token);
    for (const spy of spies) {
      expect(spy).not.toHaveBeenCalled();
      spy.mockRestore();
    }
  });
});
