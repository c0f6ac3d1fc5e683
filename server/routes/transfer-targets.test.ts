import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TransferDirectory, TransferDirectoryView, TransferTarget } from '../../src/contract';
import { signInNewStaff } from '../testing/contacts';
import { createHarness, okJson, type Harness } from '../testing/harness';
import { defaultTransferTargets } from '../transfers/default-directory';
import { seedTransferTargets } from '../transfers/directory';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.close());

const directory = async (cookie: string) => (await okJson<TransferDirectoryView>(await h.call('GET', '/api/transfer-targets', { cookie }))).targets;
const supervisorEntry = async (cookie: string) => (await directory(cookie)).find((target) => target.kind === 'supervisor');
const startSoftphone = async (cookie: string) =>
  expect((await h.call('POST', '/api/sip/credentials', { cookie, body: { tabId: 'tab-softphone' } })).status).toBe(200);

describe('the transfer directory as seeded', () => {
  it('lists the emergency services, the national lines, every Fujian centre and the supervisor, in order', async () => {
    expect((await h.call('GET', '/api/transfer-targets')).status).toBe(401);
    const targets = await directory(await h.signIn('counsellor1'));
    expect(targets.map((t) => t.number)).toEqual([
      '110', '120', '119', '12345', '12355', '12338', '12320',
      '059112356', '059212356', '059312356', '059412356', '059512356', '059612356', '059712356', '059812356', '059912356',
      '',
    ]);
    expect(targets.filter((t) => t.emergency).map((t) => [t.kind, t.nameZh])).toEqual([
      ['police', '公安报警'],
      ['ambulance', '医疗急救'],
      ['fire', '消防'],
    ]);
    // Pingtan has no line of its own; a Fuzhou counsellor still sees their own centre.
    expect(targets.find((t) => t.id === 'centre-0591')).toMatchObject({ kind: 'centre', nameZh: '福州（含平潭）12356', available: true });
    expect(targets.at(-1)).toMatchObject({ id: 'supervisor', nameZh: '督导', nameEn: 'Supervisor on duty' });
  });

  it('is seeded only into an empty table, so an admin’s edits survive a restart', async () => {
    const admin = await h.signIn('admin1');
    const edited: TransferDirectory = { targets: defaultTransferTargets('fujian').filter((t) => t.kind !== 'hotline') };
    expect((await h.call('PUT', '/api/transfer-targets', { cookie: admin, body: edited })).status).toBe(200);
    await seedTransferTargets(h.store, 'fujian');
    expect((await directory(admin)).map((t) => t.id)).toEqual(edited.targets.map((t) => t.id));
    await h.call('PUT', '/api/transfer-targets', { cookie: admin, body: { targets: defaultTransferTargets('fujian') } });
  });
});

describe('the supervisor on duty', () => {
  let counsellor: string;
  let supervisor: string;
  beforeEach(async () => {
    await h.store.query('update sip_credentials set revoked_at = now() where revoked_at is null');
    counsellor = await h.signIn('counsellor1');
    supervisor = await h.signIn('supervisor1');
  });

  it('is unavailable while no supervisor of the centre has a softphone signed in', async () => {
    expect(await supervisorEntry(counsellor)).toMatchObject({ number: '', available: false });
  });

  it('is the extension of the centre’s supervisor whose softphone is signed in', async () => {
    await startSoftphone(supervisor);
    expect(await supervisorEntry(counsellor)).toMatchObject({ number: '8101', available: true });
    // Every other entry can be dialled whoever is on duty.
    expect((await directory(counsellor)).filter((t) => t.kind !== 'supervisor').every((t) => t.available)).toBe(true);
  });

  it('is nobody once that supervisor signs out', async () => {
    await startSoftphone(supervisor);
    expect((await h.call('DELETE', '/api/session', { cookie: supervisor })).status).toBe(200);
    expect(await supervisorEntry(counsellor)).toMatchObject({ number: '', available: false });
  });

  it('comes from the asker’s own centre, and is never the asker', async () => {
    await startSoftphone(supervisor);
    expect(await supervisorEntry(await h.signIn('counsellor3'))).toMatchObject({ number: '', available: false });
    expect(await supervisorEntry(supervisor)).toMatchObject({ number: '', available: false });
    const second = await signInNewStaff(h, { username: 'supervisor-fz2', role: 'supervisor', centre: '0591', sipUsername: '8109' });
    await startSoftphone(second);
    expect(await supervisorEntry(supervisor)).toMatchObject({ number: '8109', available: true });
  });
});

describe('replacing the directory', () => {
  const put = (cookie: string, targets: unknown[], confirmEmergency?: string[]) =>
    h.call('PUT', '/api/transfer-targets', { cookie, body: { targets, confirmEmergency } });
  const lastAudit = async () =>
    (await h.store.query<{ detail: object }>("select detail from audit_log where action = 'settings.transfer-targets' order by at desc limit 1"))[0]?.detail;
  const police: TransferTarget = { id: 'police', kind: 'police', nameZh: '公安报警', nameEn: 'Police', number: '110', emergency: true };
  const supervisor: TransferTarget = { id: 'supervisor', kind: 'supervisor', nameZh: '督导', nameEn: 'Supervisor on duty', number: '', emergency: false };

  it('is for admins only', async () => {
    for (const username of ['counsellor1', 'supervisor1', 'trainer1']) {
      expect((await put(await h.signIn(username), [police])).status).toBe(403);
    }
  });

  it('replaces the whole list in the order given, audited', async () => {
    const admin = await h.signIn('admin1');
    const targets = [supervisor, police];
    const res = await put(admin, targets, ['ambulance', 'fire']);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ targets });
    expect((await directory(admin)).map((t) => t.id)).toEqual(['supervisor', 'police']);
    const before = defaultTransferTargets('fujian');
    // The default directory's other entries went (ambulance and fire among them); police stayed as it was.
    expect(await lastAudit()).toEqual({
      changes: [
        ...before.filter((t) => t.id !== 'police' && t.id !== 'supervisor').map((t) => ({ path: `targets[${t.id}]`, before: t, after: null })),
        { path: 'targets.order', before: before.map((t) => t.id), after: ['supervisor', 'police'] },
      ],
      emergencyChanges: [
        { id: 'ambulance', from: { number: '120', emergency: true }, to: null },
        { id: 'fire', from: { number: '119', emergency: true }, to: null },
      ],
    });
    await put(admin, defaultTransferTargets('fujian'), ['ambulance', 'fire']);
  });

  it('audits what changed about an emergency number, not just how many entries there are', async () => {
    const admin = await h.signIn('admin1');
    const changed = defaultTransferTargets('fujian').map((target) => (target.id === 'police' ? { ...target, number: '13800000000' } : target));
    expect((await put(admin, changed, ['police'])).status).toBe(200);
    expect(await lastAudit()).toEqual({
      changes: [{ path: 'targets[police].number', before: '110', after: '13800000000' }],
      emergencyChanges: [{ id: 'police', from: { number: '110', emergency: true }, to: { number: '13800000000', emergency: true } }],
    });
    await put(admin, defaultTransferTargets('fujian'), ['police']);
  });

  it('audits an ordinary edit value by value, and needs no confirmation for it', async () => {
    const admin = await h.signIn('admin1');
    const defaults = defaultTransferTargets('fujian');
    const edited = defaults.map((target) => (target.id === 'hotline-12355' ? { ...target, nameZh: '青少年维权热线' } : target));
    const moved = [...edited.slice(1, 2), ...edited.slice(0, 1), ...edited.slice(2)];
    expect((await put(admin, moved)).status).toBe(200);
    expect(await lastAudit()).toEqual({
      changes: [
        { path: 'targets[hotline-12355].nameZh', before: '青少年服务台', after: '青少年维权热线' },
        { path: 'targets.order', before: defaults.map((t) => t.id), after: moved.map((t) => t.id) },
      ],
      emergencyChanges: [],
    });
    await put(admin, defaults);
  });

  it('refuses a change to an emergency entry that does not name exactly what it changes, and keeps the directory', async () => {
    const admin = await h.signIn('admin1');
    const defaults = defaultTransferTargets('fujian');
    const renumbered = defaults.map((target) => (target.id === 'ambulance' ? { ...target, number: '999' } : target));
    const unflagged = defaults.map((target) => (target.id === 'fire' ? { ...target, emergency: false, kind: 'hotline' as const } : target));
    const removed = defaults.filter((target) => target.id !== 'police');
    const unconfirmed = { error: { code: 'validation', issues: [{ path: ['confirmEmergency'], message: 'adminConfig.emergencyUnconfirmed' }] } };
    for (const [targets, confirm] of [
      [renumbered, undefined],
      [renumbered, []],
      [renumbered, ['police']],
      [renumbered, ['ambulance', 'police']],
      [unflagged, undefined],
      [removed, ['ambulance']],
    ] as const) {
      const res = await put(admin, [...targets], confirm && [...confirm]);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual(unconfirmed);
    }
    expect((await directory(admin)).map((t) => [t.id, t.number])).toEqual(defaults.map((t) => [t.id, t.number]));
    expect((await put(admin, unflagged, ['fire'])).status).toBe(200);
    await put(admin, defaults, ['fire']);
  });

  it('refuses a repeated id, an emergency button that is no emergency service, and entries with the wrong number', async () => {
    const admin = await h.signIn('admin1');
    const res = await put(admin, [
      police,
      { ...police, nameZh: '报警' },
      { id: 'hotline-12345', kind: 'hotline', nameZh: '市民服务热线', nameEn: 'City service line', number: '12345', emergency: true },
      { id: 'hotline-12355', kind: 'hotline', nameZh: '青少年服务台', nameEn: 'Youth line', number: '', emergency: false },
      { ...supervisor, number: '8101' },
    ]);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'validation',
        issues: [
          { path: ['targets', 1, 'id'], message: 'invalid' },
          { path: ['targets', 2, 'emergency'], message: 'invalid' },
          { path: ['targets', 3, 'number'], message: 'invalid' },
          { path: ['targets', 4, 'number'], message: 'invalid' },
        ],
      },
    });
    expect(await directory(admin)).toHaveLength(defaultTransferTargets('fujian').length);
  });

  it('refuses what the contract refuses, with its keys', async () => {
    const res = await put(await h.signIn('admin1'), [{ ...police, id: 'Police 110', number: '110-1' }]);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'validation',
        issues: [
          { path: ['targets', 0, 'id'], message: 'transfer.badId' },
          { path: ['targets', 0, 'number'], message: 'phone.digitsOnly' },
        ],
      },
    });
  });
});
