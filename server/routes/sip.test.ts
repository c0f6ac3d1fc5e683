import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, okJson, type Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

interface Credentials {
  wsUrl: string;
  domain: string;
  registerExpiresSec: number;
  username: string;
  password: string;
  displayName: string;
}

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

const issue = async (cookie: string, body: object) => okJson<Credentials>(await h.call('POST', '/api/sip/credentials', { cookie, body }));

const ha1 = (username: string, realm = '12356.local') =>
  h.pbx(`/api/pbx/ha1?username=${username}&realm=${realm}`);

describe('SIP configuration', () => {
  it('tells a signed-in user where the PBX is', async () => {
    const cookie = await h.signIn('supervisor1');
    const res = await h.call('GET', '/api/sip/config', { cookie });
    expect(await res.json()).toEqual({ wsUrl: 'ws://127.0.0.1:8357', domain: '12356.local', registerExpiresSec: 300 });
  });

  it('is not for anonymous callers', async () => {
    expect((await h.call('GET', '/api/sip/config')).status).toBe(401);
  });
});

describe('SIP credentials', () => {
  it('issues digest credentials for the own extension, and the PBX gets their HA1', async () => {
    const cookie = await h.signIn('counsellor1');
    const creds = await issue(cookie, { tabId: 'tab-aaaa-1' });
    expect(creds).toMatchObject({ username: '8001', displayName: '张咨询员', domain: '12356.local', registerExpiresSec: 300 });
    expect(creds.password).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const res = await ha1('8001');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe(md5(`8001:12356.local:${creds.password}`));
    const stored = await h.store.query<{ ha1: string }>("select ha1 from sip_credentials where sip_username = '8001'");
    expect(JSON.stringify(stored)).not.toContain(creds.password);
  });

  it('gives the seat to the newer tab: the older credential stops working', async () => {
    const cookie = await h.signIn('counsellor2');
    const first = await issue(cookie, { tabId: 'tab-older-1' });
    const second = await issue(cookie, { tabId: 'tab-newer-2' });
    expect(second.password).not.toBe(first.password);
    expect(await (await ha1('8002')).text()).toBe(md5(`8002:12356.local:${second.password}`));
    const live = await h.store.query("select 1 from sip_credentials where sip_username = '8002' and revoked_at is null");
    expect(live).toHaveLength(1);
  });

  it('answers 404 with an empty body for an unknown identity or realm', async () => {
    const unknown = await ha1('9999');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe('');
    expect((await ha1('8001', 'other.realm')).status).toBe(404);
  });

  it('revokes the credentials when their session signs out', async () => {
    const cookie = await h.signIn('counsellor3');
    await issue(cookie, { tabId: 'tab-bbbb-1' });
    expect((await ha1('8003')).status).toBe(200);
    await h.call('DELETE', '/api/session', { cookie });
    expect((await ha1('8003')).status).toBe(404);
  });

  it('stops answering the HA1 when the session expires', async () => {
    const cookie = await h.signIn('supervisor1');
    await issue(cookie, { tabId: 'tab-cccc-1' });
    await h.store.query(
      "update sessions set expires_at = now() - interval '1 second' where id = (select session_id from sip_credentials where sip_username = '8101' and revoked_at is null)",
    );
    expect((await ha1('8101')).status).toBe(404);
  });

  it('validates the tab id', async () => {
    const cookie = await h.signIn('counsellor1');
    const res = await h.call('POST', '/api/sip/credentials', { cookie, body: { tabId: 'short' } });
    expect(res.status).toBe(400);
  });
});

describe('the supervisor’s console phone', () => {
  it('has a SIP identity of its own, so it never takes the supervisor’s seat from a workstation tab', async () => {
    const cookie = await h.signIn('supervisor1');
    const seat = await issue(cookie, { tabId: 'tab-sv-seat-1' });
    const console = await issue(cookie, { tabId: 'tab-sv-console-1', purpose: 'supervision' });
    expect(console).toMatchObject({ username: 'sv8101', displayName: '陈督导' });
    expect(await (await ha1('sv8101')).text()).toBe(md5(`sv8101:12356.local:${console.password}`));
    expect(await (await ha1('8101')).text()).toBe(md5(`8101:12356.local:${seat.password}`));
  });

  it.each(['counsellor1', 'trainer1', 'admin1'])('is refused to %s', async (username) => {
    const cookie = await h.signIn(username);
    const res = await h.call('POST', '/api/sip/credentials', { cookie, body: { tabId: 'tab-sv-console-2', purpose: 'supervision' } });
    expect(res.status).toBe(403);
  });
});

describe('the trainer’s console phone', () => {
  it('has its own SIP identity, tr + extension: the mock caller and the practice target, audited as training', async () => {
    const cookie = await h.signIn('trainer1');
    const console = await issue(cookie, { tabId: 'tab-tr-console-1', purpose: 'training' });
    expect(console).toMatchObject({ username: 'tr8201', displayName: '林培训师' });
    expect(await (await ha1('tr8201')).text()).toBe(md5(`tr8201:12356.local:${console.password}`));
    const audited = await h.store.query<{ purpose: string }>(
      "select a.detail->>'purpose' as purpose from audit_log a join sip_credentials c on c.id::text = a.subject_id where a.action = 'sip.credentials_issued' and c.sip_username = 'tr8201'",
    );
    expect(audited).toEqual([{ purpose: 'training' }]);
  });

  it.each(['counsellor1', 'supervisor1', 'admin1'])('is refused to %s', async (username) => {
    const cookie = await h.signIn(username);
    const res = await h.call('POST', '/api/sip/credentials', { cookie, body: { tabId: 'tab-tr-console-2', purpose: 'training' } });
    expect(res.status).toBe(403);
  });
});

describe('who holds the seat', () => {
  const holder = async (cookie: string, tabId: string) => {
    const res = await h.call('GET', `/api/sip/seat-holder?tabId=${tabId}`, { cookie });
    expect(res.status).toBe(200);
    return ((await res.json()) as { heldByThisTab: boolean }).heldByThisTab;
  };

  it('tells a tab on another device that its seat was taken, and the new one that it holds it', async () => {
    const desk = await h.signIn('counsellor2');
    await issue(desk, { tabId: 'tab-desk-0001' });
    expect(await holder(desk, 'tab-desk-0001')).toBe(true);

    const laptop = await h.signIn('counsellor2');
    await issue(laptop, { tabId: 'tab-laptop-01' });
    expect(await holder(desk, 'tab-desk-0001')).toBe(false);
    expect(await holder(laptop, 'tab-laptop-01')).toBe(true);
  });

  it('does not answer for another session’s tab, nor without a valid tab id', async () => {
    const desk = await h.signIn('counsellor1');
    await issue(desk, { tabId: 'tab-other-001' });
    expect(await holder(await h.signIn('counsellor1'), 'tab-other-001')).toBe(false);
    expect((await h.call('GET', '/api/sip/seat-holder?tabId=x', { cookie: desk })).status).toBe(400);
    expect((await h.call('GET', '/api/sip/seat-holder?tabId=tab-other-001')).status).toBe(401);
  });
});

describe('registering as a pretend number on a live server (the default)', () => {
  it('is refused to everyone, 110, 120 and a caller’s mobile alike, and nothing reaches the PBX', async () => {
    const cookie = await h.signIn('admin1');
    for (const asNumber of ['110', '120', '119', '12355', '13800000001']) {
      const res = await h.call('POST', '/api/sip/credentials', { cookie, body: { tabId: 'tab-live-0001', asNumber } });
      expect(res.status, asNumber).toBe(403);
      expect(await res.json()).toEqual({ error: { code: 'forbidden' } });
      expect((await ha1(asNumber)).status, asNumber).toBe(404);
    }
  });

  it('does not serve a pretend credential issued while the server was a practice server', async () => {
    await h.signIn('trainer1');
    const [me] = await h.store.query<{ id: string }>(
      "select id from sessions where staff_id = (select id from staff where username = 'trainer1') order by created_at desc limit 1",
    );
    await h.store.query(
      "insert into sip_credentials (sip_username, realm, ha1, staff_id, session_id, tab_id) values ('110', '12356.local', 'x', null, $1, 'tab-old-00001')",
      [me?.id],
    );
    expect((await ha1('110')).status).toBe(404);
  });
});

describe('registering as a pretend number on a practice server (caller simulator)', () => {
  let live: Harness;
  beforeAll(async () => {
    live = h;
    h = await createHarness({ config: { demoPretendNumbers: true } });
  });
  afterAll(async () => {
    await h.close();
    h = live;
  });

  it('plays 110 and 120 for the e2e and the simulator, audited with the number played', async () => {
    const cookie = await h.signIn('trainer1');
    for (const asNumber of ['110', '120']) {
      const creds = await issue(cookie, { tabId: 'tab-prac-0001', asNumber });
      expect(await (await ha1(asNumber)).text()).toBe(md5(`${asNumber}:12356.local:${creds.password}`));
    }
    await issue(cookie, { tabId: 'tab-prac-0002', asNumber: '13800000002' });
    const audited = await h.store.query<{ detail: unknown }>(
      "select detail from audit_log where action = 'sip.credentials_issued'",
    );
    expect(audited.map((row) => row.detail)).toEqual(expect.arrayContaining([
      { pretend: true, number: '110', emergency: true },
      { pretend: true, number: '120', emergency: true },
      { pretend: true, number: 'other' },
    ]));
    expect(audited).toHaveLength(3);
  });

  it('is refused to a counsellor', async () => {
    const cookie = await h.signIn('counsellor1');
    const res = await h.call('POST', '/api/sip/credentials', { cookie, body: { tabId: 'tab-dddd-1', asNumber: '110' } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'forbidden' } });
  });

  it('is allowed to a trainer, and signing out revokes it', async () => {
    const cookie = await h.signIn('trainer1');
    const creds = await issue(cookie, { tabId: 'tab-eeee-1', asNumber: '13800000000' });
    expect(creds).toMatchObject({ username: '13800000000', displayName: '13800000000' });
    expect(await (await ha1('13800000000')).text()).toBe(md5(`13800000000:12356.local:${creds.password}`));
    const [row] = await h.store.query<{ staff_id: string | null }>(
      "select staff_id from sip_credentials where sip_username = '13800000000'",
    );
    expect(row?.staff_id).toBeNull();
    await h.call('DELETE', '/api/session', { cookie });
    expect((await ha1('13800000000')).status).toBe(404);
  });

  it('may not take a staff extension or a hotline number', async () => {
    const cookie = await h.signIn('admin1');
    for (const asNumber of ['8001', '12356', '059112356']) {
      const res = await h.call('POST', '/api/sip/credentials', { cookie, body: { tabId: 'tab-ffff-1', asNumber } });
      expect(res.status, asNumber).toBe(409);
      expect(await res.json()).toEqual({ error: { code: 'conflict' } });
    }
  });

  it('refuses a number that is not digits with the contract key', async () => {
    const cookie = await h.signIn('admin1');
    const res = await h.call('POST', '/api/sip/credentials', { cookie, body: { tabId: 'tab-ffff-1', asNumber: '+86 110' } });
    expect(await res.json()).toEqual({
      error: { code: 'validation', issues: [{ path: ['asNumber'], message: 'phone.digitsOnly' }] },
    });
  });
});
