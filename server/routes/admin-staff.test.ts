import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport, StaffList, WithOneTimePassword } from '../../src/contract/admin-staff';
import { defaultCentreSettings, saveCentreSettings } from '../shifts/settings';
import { createHarness, okJson, type Harness } from '../testing/harness';
import { readSse } from '../testing/sse';
import { HEARTBEAT_MS } from './events';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await createHarness();
  admin = await h.signIn('admin1');
});
afterAll(() => h.close());

const staffIdOf = async (username: string) =>
  (await h.store.query<{ id: string }>('select id from staff where username = $1', [username]))[0]?.id as string;

async function signInWith(username: string, password: string) {
  return h.call('POST', '/api/session', { body: { username, password } });
}
const cookieOf = (res: Response) => res.headers.get('set-cookie')?.split(';')[0] as string;

async function create(body: Record<string, unknown>, cookie = admin) {
  return h.call('POST', '/api/admin/staff', { cookie, body: { trainee: false, ...body } });
}

async function allowSupervisors(areaCode: string, allowed: boolean) {
  const admin1 = await staffIdOf('admin1');
  await saveCentreSettings(h.store, areaCode, { ...defaultCentreSettings(), supervisorsManageStaff: allowed }, admin1);
}

/** A new account signed in and through its password change: its cookie. */
async function readyAccount(username: string, role = 'counsellor', centre: string | null = '0591') {
  const { oneTimePassword } = await okJson<WithOneTimePassword>(await create({ username, displayName: '新同事', role, centre }), 201);
  const cookie = cookieOf(await signInWith(username, oneTimePassword));
  const changed = await h.call('POST', '/api/session/password', { cookie, body: { currentPassword: oneTimePassword, newPassword: 'Fresh-Start-2026' } });
  expect(changed.status).toBe(200);
  return cookie;
}

describe('creating an account', () => {
  it('assigns the next free counsellor extension, answers a one-time password once and audits without it', async () => {
    const res = await create({ username: 'Newcomer1', displayName: '吴咨询员', role: 'counsellor', centre: '0591' });
    const { account, oneTimePassword } = await okJson<WithOneTimePassword>(res, 201);
    expect(account).toMatchObject({ username: 'newcomer1', role: 'counsellor', centre: '0591', mustChangePassword: true, deactivatedAt: null });
    // 8001–8003 and 8005 are the demo counsellors'.
    expect(account.sipUsername).toBe('8004');
    expect(oneTimePassword).toMatch(/^[A-Za-z2-9]{5}-[A-Za-z2-9]{5}-[A-Za-z2-9]{5}$/);
    const [row] = await h.store.query<{ password_hash: string }>('select password_hash from staff where id = $1', [account.id]);
    expect(row?.password_hash).not.toContain(oneTimePassword);
    const [entry] = await h.store.query<{ detail: unknown }>("select detail from audit_log where action = 'staff.create' and subject_id = $1", [account.id]);
    expect(JSON.stringify(entry?.detail)).not.toContain(oneTimePassword);
    expect(JSON.stringify(entry?.detail)).not.toContain('scrypt');
    expect(entry?.detail).toMatchObject({ changes: expect.arrayContaining([{ path: 'username', before: null, after: 'newcomer1' }]) });
    const list = await okJson<StaffList>(await h.call('GET', '/api/admin/staff?centre=0591&role=counsellor', { cookie: admin }));
    expect(list.accounts.map((a) => a.username)).toContain('newcomer1');
    expect(JSON.stringify(list)).not.toContain(oneTimePassword);
  });

  it('never gives out an extension a deactivated account had', async () => {
    const first = await okJson<WithOneTimePassword>(await create({ username: 'leaver', displayName: '离职', role: 'trainer', centre: null }), 201);
    expect((await h.call('POST', `/api/admin/staff/${first.account.id}/deactivate`, { cookie: admin })).status).toBe(200);
    const next = await okJson<WithOneTimePassword>(await create({ username: 'joiner', displayName: '入职', role: 'trainer', centre: null }), 201);
    expect(Number(next.account.sipUsername)).toBeGreaterThan(Number(first.account.sipUsername));
  });

  it('refuses a taken username, an unknown centre and a centre for a province-wide role', async () => {
    expect(await (await create({ username: 'counsellor1', displayName: 'x', role: 'counsellor', centre: '0591' })).json()).toMatchObject({
      error: { code: 'conflict', issues: [{ path: ['username'], message: 'adminStaff.usernameTaken' }] },
    });
    expect(await (await create({ username: 'nowhere', displayName: 'x', role: 'counsellor', centre: '0999' })).json()).toMatchObject({
      error: { code: 'validation', issues: [{ path: ['centre'], message: 'adminStaff.unknownCentre' }] },
    });
    expect(await (await create({ username: 'trainer9', displayName: 'x', role: 'trainer', centre: '0591' })).json()).toMatchObject({
      error: { code: 'validation', issues: [{ path: ['centre'], message: 'adminStaff.centreNotAllowed' }] },
    });
  });
});

describe('editing an account', () => {
  it('changes what was sent and audits each changed value; a supervisor cannot move a counsellor out of their centre', async () => {
    const { account } = await okJson<WithOneTimePassword>(await create({ username: 'editme', displayName: '旧名', role: 'counsellor', centre: '0591' }), 201);
    const body = { username: 'editme', displayName: '新名', role: 'counsellor', centre: '0591', trainee: true };
    const edited = await okJson<{ displayName: string; trainee: boolean; sipUsername: string }>(await h.call('PUT', `/api/admin/staff/${account.id}`, { cookie: admin, body }));
    expect(edited).toMatchObject({ displayName: '新名', trainee: true, sipUsername: account.sipUsername });
    const [entry] = await h.store.query<{ detail: unknown }>("select detail from audit_log where action = 'staff.update' and subject_id = $1", [account.id]);
    expect(entry?.detail).toEqual({
      changes: [
        { path: 'displayName', before: '旧名', after: '新名' },
        { path: 'trainee', before: false, after: true },
      ],
    });
    await allowSupervisors('0591', true);
    try {
      const supervisor = await h.signIn('supervisor1');
      const moved = await h.call('PUT', `/api/admin/staff/${account.id}`, { cookie: supervisor, body: { ...body, centre: '0592' } });
      expect(moved.status).toBe(403);
      const promoted = await h.call('PUT', `/api/admin/staff/${account.id}`, { cookie: supervisor, body: { ...body, role: 'supervisor', trainee: false } });
      expect(promoted.status).toBe(403);
    } finally {
      await allowSupervisors('0591', false);
    }
  });
});

describe('who manages whom', () => {
  it('refuses counsellors and trainers, and supervisors while their centre does not allow it', async () => {
    const body = { username: 'by-sup', displayName: 'x', role: 'counsellor', centre: '0591' };
    for (const who of ['counsellor1', 'trainer1', 'supervisor1']) {
      const res = await create(body, await h.signIn(who));
      expect(res.status, who).toBe(403);
    }
    const list = await okJson<StaffList>(await h.call('GET', '/api/admin/staff', { cookie: await h.signIn('supervisor1') }));
    expect(list.manages).toBe('none');
    expect(new Set(list.accounts.map((a) => a.centre))).toEqual(new Set(['0591']));
  });

  it('lets a supervisor manage their own centre’s counsellors only, once the centre allows it', async () => {
    await allowSupervisors('0591', true);
    const supervisor = await h.signIn('supervisor1');
    try {
      expect((await create({ username: 'sup-made', displayName: 'x', role: 'counsellor', centre: '0591' }, supervisor)).status).toBe(201);
      expect((await create({ username: 'other-centre', displayName: 'x', role: 'counsellor', centre: '0592' }, supervisor)).status).toBe(403);
      expect((await create({ username: 'a-supervisor', displayName: 'x', role: 'supervisor', centre: '0591' }, supervisor)).status).toBe(403);
      const xiamen = await staffIdOf('counsellor3');
      expect((await h.call('POST', `/api/admin/staff/${xiamen}/deactivate`, { cookie: supervisor })).status).toBe(403);
      const colleague = await staffIdOf('supervisor1');
      expect((await h.call('POST', `/api/admin/staff/${colleague}/password`, { cookie: supervisor })).status).toBe(409);
      const list = await okJson<StaffList>(await h.call('GET', '/api/admin/staff?centre=0592', { cookie: supervisor }));
      expect(list.manages).toBe('centreCounsellors');
      expect(list.accounts.every((a) => a.centre === '0591')).toBe(true);
    } finally {
      await allowSupervisors('0591', false);
    }
  });

  it('keeps an admin: nobody deactivates themselves, the last admin is neither deactivated nor demoted', async () => {
    const me = await staffIdOf('admin1');
    expect(await (await h.call('POST', `/api/admin/staff/${me}/deactivate`, { cookie: admin })).json()).toMatchObject({
      error: { code: 'conflict', issues: [{ message: 'adminStaff.notYourself' }] },
    });
    const demote = await h.call('PUT', `/api/admin/staff/${me}`, {
      cookie: admin,
      body: { username: 'admin1', displayName: '黄管理员', role: 'trainer', centre: null, trainee: false },
    });
    expect(await demote.json()).toMatchObject({ error: { code: 'conflict', issues: [{ message: 'adminStaff.lastAdmin' }] } });
  });
});

describe('the password change at first sign-in', () => {
  it('answers only me, sign-out and the change until the one-time password is replaced by one the policy accepts', async () => {
    const { oneTimePassword } = await okJson<WithOneTimePassword>(await create({ username: 'firstday', displayName: '新人', role: 'counsellor', centre: '0592' }), 201);
    const signedIn = await signInWith('firstday', oneTimePassword);
    expect(await signedIn.json()).toMatchObject({ username: 'firstday', mustChangePassword: true });
    const cookie = cookieOf(signedIn);
    expect(await (await h.call('GET', '/api/seat', { cookie })).json()).toEqual({ error: { code: 'password_change_required' } });
    expect((await h.call('POST', '/api/sip/credentials', { cookie, body: { tabId: 't' } })).status).toBe(403);
    expect((await h.call('GET', '/api/me', { cookie })).status).toBe(200);

    const change = (currentPassword: string, newPassword: string) => h.call('POST', '/api/session/password', { cookie, body: { currentPassword, newPassword } });
    expect(await (await change('wrong', 'Fresh-Start-2026')).json()).toMatchObject({ error: { issues: [{ message: 'adminStaff.wrongCurrentPassword' }] } });
    expect(await (await change(oneTimePassword, 'short1A')).json()).toMatchObject({ error: { issues: [{ path: ['newPassword'], message: 'adminStaff.passwordTooShort' }] } });
    expect(await (await change(oneTimePassword, 'Firstday-2026-x')).json()).toMatchObject({ error: { issues: [{ message: 'adminStaff.passwordContainsUsername' }] } });
    expect(await (await change(oneTimePassword, oneTimePassword)).json()).toMatchObject({ error: { issues: [{ message: 'adminStaff.passwordReused' }] } });
    expect((await change(oneTimePassword, 'Fresh-Start-2026')).status).toBe(200);

    expect(await (await h.call('GET', '/api/me', { cookie })).json()).toMatchObject({ mustChangePassword: false });
    expect((await h.call('GET', '/api/seat', { cookie })).status).toBe(200);
    expect((await signInWith('firstday', 'Fresh-Start-2026')).status).toBe(200);
  });
});

describe('deactivating an account', () => {
  it('ends its sessions and SIP credentials at once, takes its seat off duty and answers its sign-in as a wrong password', async () => {
    const cookie = await readyAccount('ondesk');
    expect((await h.call('POST', '/api/sip/credentials', { cookie, body: { tabId: 'tab-ondesk' } })).status).toBe(200);
    expect((await h.call('POST', '/api/shift/clock-in', { cookie })).status).toBe(200);
    const id = await staffIdOf('ondesk');
    const [{ sip_username: extension } = { sip_username: '' }] = await h.store.query<{ sip_username: string }>('select sip_username from staff where id = $1', [id]);
    expect((await h.pbx(`/api/pbx/ha1?username=${extension}&realm=12356.local`)).status).toBe(200);
    const stream = readSse(await h.call('GET', '/api/events', { cookie }));
    expect((await stream.next()).type).toBe('snapshot');
    const route = async () => (await h.pbx(`/api/pbx/route?dialled=059112356&callId=call-${randomUUID()}&caller=13500135001`)).text();
    expect(await route()).toBe(extension);

    const deactivatedAt = Date.now();
    const res = await h.call('POST', `/api/admin/staff/${id}/deactivate`, { cookie: admin });
    expect((await okJson<{ deactivatedAt: string | null }>(res)).deactivatedAt).not.toBeNull();

    expect((await h.call('GET', '/api/me', { cookie })).status).toBe(401);
    // The open page's stream ends now, not at its next heartbeat.
    let item = await stream.nextItem();
    while (item !== 'end') item = await stream.nextItem();
    expect(Date.now() - deactivatedAt).toBeLessThan(HEARTBEAT_MS);
    expect((await h.call('GET', '/api/events', { cookie })).status).toBe(401);
    expect((await h.pbx(`/api/pbx/ha1?username=${extension}&realm=12356.local`)).status).toBe(404);
    expect(await route()).not.toBe(extension);
    const [seat] = await h.store.query<{ status: string }>('select status from seats where staff_id = $1', [id]);
    expect(seat?.status).toBe('offline');
    const again = await signInWith('ondesk', 'Fresh-Start-2026');
    const wrong = await signInWith('ondesk', 'Not-The-Password-1');
    expect([again.status, await again.json()]).toEqual([wrong.status, await wrong.json()]);
    expect(again.status).toBe(401);

    const [entry] = await h.store.query<{ detail: unknown }>("select detail from audit_log where action = 'staff.deactivate' and subject_id = $1", [id]);
    expect(entry?.detail).toEqual({ changes: [{ path: 'active', before: true, after: false }] });
  });

  it('can be undone with a new one-time password; a reset signs the account out too', async () => {
    const cookie = await readyAccount('comeback');
    const id = await staffIdOf('comeback');
    await h.call('POST', `/api/admin/staff/${id}/deactivate`, { cookie: admin });
    const back = await okJson<WithOneTimePassword>(await h.call('POST', `/api/admin/staff/${id}/reactivate`, { cookie: admin }));
    expect(back.account).toMatchObject({ deactivatedAt: null, mustChangePassword: true });
    expect((await signInWith('comeback', back.oneTimePassword)).status).toBe(200);
    expect((await h.call('GET', '/api/me', { cookie })).status).toBe(401);

    const fresh = await signInWith('comeback', back.oneTimePassword);
    const reset = await okJson<WithOneTimePassword>(await h.call('POST', `/api/admin/staff/${id}/password`, { cookie: admin }));
    expect(reset.oneTimePassword).not.toBe(back.oneTimePassword);
    expect((await h.call('GET', '/api/me', { cookie: cookieOf(fresh) })).status).toBe(401);
    expect((await signInWith('comeback', reset.oneTimePassword)).status).toBe(200);
  });
});

describe('importing accounts from CSV', () => {
  it('creates the good rows in one go and reports each refused row with its reasons', async () => {
    const csv = [
      '\uFEFF用户名,姓名,角色,中心,学员',
      'import-a,林一,咨询员,0591,否',
      'import-b,林二,counsellor,0592,是',
      'import-a,林三,counsellor,0591,false',
      'counsellor1,重名,counsellor,0591,false',
      'import-c,无中心,counsellor,0999,false',
      'import-d,角色错,boss,0591,false',
      'import-e,学员错,counsellor,0591,maybe',
      'x,太短,counsellor,0591,false',
      'import-f,培训师,trainer,,false',
    ].join('\r\n');
    const report = await okJson<ImportReport>(await h.call('POST', '/api/admin/staff/import', { cookie: admin, body: { csv } }));
    expect(report.created.map(({ row, account }) => [row, account.username, account.trainee])).toEqual([
      [2, 'import-a', false],
      [3, 'import-b', true],
      [10, 'import-f', false],
    ]);
    expect(report.refused).toEqual([
      { row: 4, username: 'import-a', reasons: ['adminStaff.duplicateInFile'] },
      { row: 5, username: 'counsellor1', reasons: ['adminStaff.usernameTaken'] },
      { row: 6, username: 'import-c', reasons: ['adminStaff.unknownCentre'] },
      { row: 7, username: 'import-d', reasons: ['adminStaff.unknownRole'] },
      { row: 8, username: 'import-e', reasons: ['adminStaff.badTrainee'] },
      { row: 9, username: 'x', reasons: ['adminStaff.usernameFormat'] },
    ]);
    const created = report.created[1];
    expect((await signInWith('import-b', created?.oneTimePassword ?? '')).status).toBe(200);
  });

  it('refuses rows of roles the importer may not create, and a file without the header', async () => {
    await allowSupervisors('0592', true);
    try {
      const supervisor = await h.signIn('supervisor2');
      const csv = 'username,display_name,role,centre,trainee\nsup-imp-a,甲,counsellor,0592,false\nsup-imp-b,乙,supervisor,0592,false\nsup-imp-c,丙,counsellor,0591,false\n';
      const report = await okJson<ImportReport>(await h.call('POST', '/api/admin/staff/import', { cookie: supervisor, body: { csv } }));
      expect(report.created.map((c) => c.account.username)).toEqual(['sup-imp-a']);
      expect(report.refused.map((r) => [r.row, r.reasons])).toEqual([
        [3, ['adminStaff.roleNotAllowed']],
        [4, ['adminStaff.roleNotAllowed']],
      ]);
    } finally {
      await allowSupervisors('0592', false);
    }
    const headerless = await h.call('POST', '/api/admin/staff/import', { cookie: admin, body: { csv: 'a,b\n1,2\n' } });
    expect(await headerless.json()).toMatchObject({ error: { code: 'validation', issues: [{ message: 'adminStaff.csvHeader' }] } });
  });
});
