import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AuditLogPage } from '../../src/contract/audit-log';
import { audit } from '../audit';
import { inertCell } from '../audit-log/export';
import { shortUserAgent } from '../http/request-context';
import { startCall } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';

let h: Harness;
let peer = '127.0.0.1';
const who = ['counsellor1', 'counsellor3', 'supervisor1', 'supervisor2', 'admin1', 'trainer1'] as const;
type Who = (typeof who)[number];
const cookies = {} as Record<Who, string>;
const ids = {} as Record<Who, string>;

beforeAll(async () => {
  h = await createHarness({ clientAddress: () => peer });
  for (const username of who) {
    cookies[username] = await h.signIn(username);
    const [row] = await h.store.query<{ id: string }>('select id::text as id from staff where username = $1', [username]);
    ids[username] = row?.id ?? '';
  }
});
afterAll(() => h.close());
beforeEach(async () => {
  peer = '127.0.0.1';
  await h.store.query('delete from audit_log');
});

const read = async (as: Who, query = '') => okJson<AuditLogPage>(await h.call('GET', `/api/audit-log${query}`, { cookie: cookies[as] }));
const actions = async (as: Who, query = '') => (await read(as, query)).entries.map((e) => `${e.action} ${e.subjectId ?? ''}`.trim());
/** An entry as a job or another request would write it, at a chosen moment. */
async function entry(staff: Who | null, action: string, subjectType: string, subjectId: string | null, at = new Date(), detail = {}) {
  await audit(h.store, { staffId: staff && ids[staff], action, subjectType, subjectId, detail });
  await h.store.query('update audit_log set at = $1 where id = (select id from audit_log order by at desc limit 1)', [at.toISOString()]);
}

describe('where an entry came from', () => {
  it('records the address and the browser of the request, without the caller of audit() passing them', async () => {
    peer = '10.0.3.7';
    const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
    const res = await h.call('POST', '/api/session', { body: { username: 'counsellor1', password: 'Demo-12356-c1' }, headers: { 'user-agent': chrome } });
    expect(res.status).toBe(200);
    const [row] = await h.store.query<{ address: string; agent: string }>(
      "select client_address as address, user_agent as agent from audit_log where action = 'session.login'",
    );
    expect(row).toEqual({ address: '10.0.3.7', agent: 'Chrome 131 · Windows' });
  });

  it('behind a trusted proxy records the address the proxy names, not the proxy', async () => {
    const proxied = await createHarness({ clientAddress: '10.9.9.9', config: { trustedProxies: ['10.9.9.9'] } });
    try {
      const headers = { 'x-forwarded-for': '1.2.3.4, 172.16.0.8' };
      const res = await proxied.call('POST', '/api/session', { body: { username: 'supervisor1', password: 'Demo-12356-s1' }, headers });
      expect(res.status).toBe(200);
      const [row] = await proxied.store.query<{ address: string }>("select client_address as address from audit_log where action = 'session.login'");
      expect(row?.address).toBe('172.16.0.8');
    } finally {
      await proxied.close();
    }
  });

  it('records no address for what no request caused (a scheduled job)', async () => {
    await audit(h.store, { staffId: null, action: 'retention.run', subjectType: 'centre', subjectId: '0591' });
    const page = await read('admin1');
    expect(page.entries[0]).toMatchObject({ action: 'retention.run', clientAddress: null, userAgent: null, staffName: null });
  });

  it.each([
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', 'Edge 131 · Windows'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0', 'Firefox 128 · Linux'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', 'Safari 17 · macOS'],
    ['Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36', 'Chrome 130 · Android'],
    ['curl/8.5.0', 'curl/8.5.0'],
    ['', null],
    [undefined, null],
  ])('shortens the user agent %s to %s', (header, short) => {
    expect(shortUserAgent(header)).toBe(short);
  });
});

describe('who reads which entries', () => {
  beforeEach(async () => {
    const fuzhouRecord = await startCall(h, cookies.counsellor1);
    const xiamenRecord = await startCall(h, cookies.counsellor3, { dialled: '059212356', callId: `call-${randomUUID()}` });
    await h.store.query('delete from audit_log');
    let second = 0;
    const next = () => new Date(Date.UTC(2026, 10, 30, 2, 0, (second += 1)));
    await entry('counsellor1', 'session.login', 'staff', ids.counsellor1, next());
    await entry('counsellor3', 'session.login', 'staff', ids.counsellor3, next());
    await entry('admin1', 'settings.centre', 'centre', '0591', next());
    await entry('admin1', 'settings.centre', 'centre', '0592', next());
    await entry('admin1', 'settings.note-chips', 'setting', 'note-chips', next());
    await entry('supervisor1', 'contact.read', 'contact', fuzhouRecord.id, next());
    await entry('counsellor3', 'contact.read', 'contact', xiamenRecord.id, next());
    // Written by Fuzhou's staff, about Xiamen's record: Xiamen's, not Fuzhou's.
    await entry('counsellor1', 'caller.history_lookup', 'contact', xiamenRecord.id, next());
    await entry('trainer1', 'scenario.created', 'training-scenario', 'scenario-1', next());
    // A subject id that is no uuid must not break a supervisor's read.
    await entry('counsellor1', 'contact.read', 'contact', 'not-a-uuid', next());
  });

  it('shows an admin every entry, newest first', async () => {
    expect(await actions('admin1')).toHaveLength(10);
    expect((await actions('admin1'))[1]).toBe('scenario.created scenario-1');
  });

  it('shows a supervisor their centre’s staff’s entries and entries about their centre, never another centre’s', async () => {
    const fuzhou = await read('supervisor1');
    expect(fuzhou.entries.map((e) => [e.action, e.staffName])).toEqual([
      ['contact.read', '张咨询员'],
      ['contact.read', '陈督导'],
      ['settings.centre', '黄管理员'],
      ['session.login', '张咨询员'],
    ]);
    expect(fuzhou.entries.find((e) => e.action === 'settings.centre')?.subjectId).toBe('0591');
    const xiamen = await read('supervisor2');
    expect(xiamen.entries.map((e) => [e.action, e.staffName])).toEqual([
      ['caller.history_lookup', '张咨询员'],
      ['contact.read', '王咨询员'],
      ['settings.centre', '黄管理员'],
      ['session.login', '王咨询员'],
    ]);
  });

  it('lists for the staff filter only the supervisor’s centre’s staff', async () => {
    const names = (await read('supervisor1')).staff.map((s) => s.name);
    expect(names).toContain('张咨询员');
    expect(names).not.toContain('王咨询员');
    expect(names).toContain('黄管理员');
    expect((await read('admin1')).staff.map((s) => s.name)).toContain('王咨询员');
  });

  it('refuses counsellors and trainers, and the export too', async () => {
    for (const as of ['counsellor1', 'trainer1'] as const) {
      expect((await h.call('GET', '/api/audit-log', { cookie: cookies[as] })).status).toBe(403);
      expect((await h.call('GET', '/api/audit-log/export', { cookie: cookies[as] })).status).toBe(403);
    }
    expect((await h.call('GET', '/api/audit-log')).status).toBe(401);
  });

  it('does not widen a supervisor’s view when they filter by another centre’s staff', async () => {
    expect(await actions('supervisor1', `?staffId=${ids.counsellor3}`)).toEqual([]);
  });
});

describe('filters and pages', () => {
  const base = Date.parse('2026-11-29T16:00:00Z'); // Beijing midnight, 30 Nov
  beforeEach(async () => {
    await entry('counsellor1', 'session.login', 'staff', ids.counsellor1, new Date(base - 60_000));
    await entry('counsellor1', 'contact.read', 'contact', randomUUID(), new Date(base + 60_000));
    await entry('supervisor1', 'review.list', 'centre', '0591', new Date(base + 120_000));
    await h.store.query("update audit_log set client_address = '10.0.3.7' where action = 'contact.read'");
    await h.store.query("update audit_log set client_address = '192.168.1.5' where action <> 'contact.read'");
  });

  it('narrows by time, person, action, action group, subject and address', async () => {
    const from = encodeURIComponent(new Date(base).toISOString());
    expect(await actions('admin1', `?from=${from}`)).toEqual(['review.list 0591', expect.stringMatching(/^contact\.read /)]);
    expect(await actions('admin1', `?to=${from}`)).toEqual([`session.login ${ids.counsellor1}`]);
    expect(await actions('admin1', `?staffId=${ids.supervisor1}`)).toEqual(['review.list 0591']);
    expect(await actions('admin1', '?action=session.login')).toEqual([`session.login ${ids.counsellor1}`]);
    expect(await actions('admin1', '?action=review.*')).toEqual(['review.list 0591']);
    expect((await actions('admin1', '?action=group:contact')).map((a) => a.split(' ')[0])).toEqual(['contact.read']);
    expect(await actions('admin1', '?action=group:session')).toEqual([`session.login ${ids.counsellor1}`]);
    expect(await actions('admin1', '?subjectType=centre&subjectId=0591')).toEqual(['review.list 0591']);
    expect((await actions('admin1', '?address=10.0.3.')).map((a) => a.split(' ')[0])).toEqual(['contact.read']);
    expect(await actions('admin1', '?address=10.0.3.8')).toEqual([]);
  });

  it('refuses a range that ends before it starts and a malformed action', async () => {
    const early = encodeURIComponent(new Date(base).toISOString());
    const late = encodeURIComponent(new Date(base + 1000).toISOString());
    expect((await h.call('GET', `/api/audit-log?from=${late}&to=${early}`, { cookie: cookies.admin1 })).status).toBe(400);
    expect((await h.call('GET', "/api/audit-log?action=x'or", { cookie: cookies.admin1 })).status).toBe(400);
    expect((await h.call('GET', '/api/audit-log?action=group:nothing', { cookie: cookies.admin1 })).status).toBe(400);
  });

  it('pages newest first without losing or repeating entries of one same moment', async () => {
    const same = new Date(base + 600_000);
    for (let i = 0; i < 5; i += 1) await entry('admin1', 'settings.centre', 'centre', `059${i}`, same);
    const seen: string[] = [];
    let next: string | null = null;
    let pages = 0;
    do {
      const page = await read('admin1', `?limit=3${next ? `&after=${encodeURIComponent(next)}` : ''}`);
      seen.push(...page.entries.map((e) => e.id));
      next = page.next;
      pages += 1;
    } while (next);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(8);
    const all = (await read('admin1')).entries.map((e) => e.id);
    expect(seen).toEqual(all);
  });
});

describe('the CSV export', () => {
  beforeEach(async () => {
    await entry('counsellor1', 'session.login', 'staff', ids.counsellor1, new Date('2026-11-29T16:30:05Z'));
    await entry('admin1', 'settings.centre', 'centre', '0591', new Date('2026-11-29T15:59:00Z'), {
      changes: [{ path: 'wrapUpLimitSec', before: 300, after: 240 }],
    });
  });

  it('starts with a BOM, has headers in the viewer’s language and Beijing times, and is audited', async () => {
    const res = await h.call('GET', '/api/audit-log/export?lang=zh-CN&action=session.login', { cookie: cookies.supervisor1 });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('时间（北京时间）,操作人,角色,操作,对象类型,对象编号,来源地址,浏览器,详情');
    expect(lines.slice(1)).toEqual([`2026-11-30 00:30:05,张咨询员,counsellor,session.login,staff,${ids.counsellor1},,,`]);
    const [exported] = await h.store.query<{ staff: string; detail: { rows: number } }>(
      "select staff_id::text as staff, detail from audit_log where action = 'audit.export'",
    );
    expect(exported).toEqual({ staff: ids.supervisor1, detail: { rows: 1, filters: { action: 'session.login' } } });
  });

  it('writes English headers and the change of a setting, the day before in Beijing', async () => {
    const res = await h.call('GET', '/api/audit-log/export?lang=en&action=settings.*', { cookie: cookies.admin1 });
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('Time (Beijing),Staff,Role,Action,Subject type,Subject id,Address,Browser,Detail');
    expect(lines[1]).toBe('2026-11-29 23:59:00,黄管理员,admin,settings.centre,centre,0591,,,"{""changes"": [{""path"": ""wrapUpLimitSec"", ""after"": 240, ""before"": 300}]}"');
  });

  it('writes a cell Excel would run as a formula as plain text', async () => {
    await entry('counsellor1', 'session.login_failed', 'staff', ids.counsellor1);
    await h.store.query("update audit_log set user_agent = '=HYPERLINK(\"http://x\")' where action = 'session.login_failed'");
    const text = await (await h.call('GET', '/api/audit-log/export?action=session.login_failed', { cookie: cookies.admin1 })).text();
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+86', "'+86"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['Chrome 131 · Windows', 'Chrome 131 · Windows'],
    ['{"a": 1}', '{"a": 1}'],
  ])('writes the cell %s as %s', (cell, written) => {
    expect(inertCell(cell)).toBe(written);
  });

  it('exports only what the supervisor may read', async () => {
    await entry('counsellor3', 'session.login', 'staff', ids.counsellor3);
    const text = await (await h.call('GET', '/api/audit-log/export', { cookie: cookies.supervisor1 })).text();
    expect(text).toContain('张咨询员');
    expect(text).not.toContain('王咨询员');
  });
});
