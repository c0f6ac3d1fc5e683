import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Institution, InstitutionList } from '../../src/contract';
import type { AdminCentre, AdminCentreList, InstitutionInput } from '../../src/contract/centre-config';
import { seedProvince } from '../seed';
import { createHarness, okJson, type Harness } from '../testing/harness';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await createHarness();
  admin = await h.signIn('admin1');
});
afterAll(() => h.close());

const lastAudit = async (action: string) =>
  (await h.store.query<{ subject_id: string; detail: object }>('select subject_id, detail from audit_log where action = $1 order by at desc limit 1', [action]))[0];

const xianyue: InstitutionInput = {
  nameZh: '厦门市仙岳医院',
  nameEn: 'Xiamen Xianyue Hospital',
  areaCode: '0592',
  phone: '05925395158',
  address: '厦门市思明区仙岳路387-389号',
  hours: '门诊 周一至周日 8:00–17:30，急诊24小时',
  services: '精神科、心理咨询、危机干预',
  retired: false,
};

describe('referral institutions', () => {
  it('are kept by admins only', async () => {
    for (const username of ['counsellor1', 'supervisor1', 'trainer1']) {
      const cookie = await h.signIn(username);
      expect((await h.call('GET', '/api/admin/institutions', { cookie })).status).toBe(403);
      expect((await h.call('POST', '/api/admin/institutions', { cookie, body: xianyue })).status).toBe(403);
      expect((await h.call('PUT', '/api/admin/institutions/xiamen-xianyue', { cookie, body: xianyue })).status).toBe(403);
    }
  });

  it('refuses bad input field by field, and an area code of no centre', async () => {
    const bad = await h.call('POST', '/api/admin/institutions', { cookie: admin, body: { ...xianyue, nameZh: ' ', phone: '0592-5395158', address: 'a\u0007' } });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: {
        code: 'validation',
        issues: [
          { path: ['nameZh'], message: 'text.required' },
          { path: ['phone'], message: 'phone.digitsOnly' },
          { path: ['address'], message: 'text.controlChars' },
        ],
      },
    });
    const unknown = await h.call('POST', '/api/admin/institutions', { cookie: admin, body: { ...xianyue, areaCode: '0999' } });
    expect(await unknown.json()).toEqual({ error: { code: 'validation', issues: [{ path: ['areaCode'], message: 'adminConfig.unknownCentre' }] } });
    expect((await h.call('PUT', '/api/admin/institutions/nobody', { cookie: admin, body: xianyue })).status).toBe(404);
  });

  it('are edited with what a counsellor tells a caller, audited value by value, and a start keeps the edit', async () => {
    const res = await h.call('PUT', '/api/admin/institutions/xiamen-xianyue', { cookie: admin, body: xianyue });
    expect(await okJson(res)).toEqual({ id: 'xiamen-xianyue', ...xianyue });
    expect(await lastAudit('institution.update')).toEqual({
      subject_id: 'xiamen-xianyue',
      detail: {
        changes: [
          { path: 'phone', before: '', after: xianyue.phone },
          { path: 'address', before: '', after: xianyue.address },
          { path: 'hours', before: '', after: xianyue.hours },
          { path: 'services', before: '', after: xianyue.services },
        ],
      },
    });
    await h.store.query("update institutions set name_zh = 'seeded again?' where id = 'quanzhou-third'");
    await seedProvince(h.store, 'fujian');
    const { institutions } = await okJson<InstitutionList>(await h.call('GET', '/api/institutions', { cookie: await h.signIn('counsellor3') }));
    expect(institutions.find((i) => i.id === 'xiamen-xianyue')).toEqual({ id: 'xiamen-xianyue', ...xianyue });
    // An institution no admin touched is still the province's reference data.
    expect(institutions.find((i) => i.id === 'quanzhou-third')?.nameZh).toBe('泉州市第三医院（泉州市精神卫生中心）');
  });

  it('are added and retired; a retired one is still listed, marked, so old records show its name', async () => {
    const created = await okJson<Institution>(await h.call('POST', '/api/admin/institutions', { cookie: admin, body: { ...xianyue, nameZh: '厦门市心理门诊', nameEn: 'Xiamen clinic' } }));
    expect(created.id).toMatch(/^inst-[0-9a-f]{8}$/);
    expect((await lastAudit('institution.create'))?.detail).toEqual({
      changes: [{ path: '', before: null, after: { ...xianyue, nameZh: '厦门市心理门诊', nameEn: 'Xiamen clinic' } }],
    });
    const retired = await h.call('PUT', `/api/admin/institutions/${created.id}`, { cookie: admin, body: { ...created, id: undefined, retired: true } });
    expect(retired.status).toBe(200);
    expect((await lastAudit('institution.update'))?.detail).toEqual({ changes: [{ path: 'retired', before: false, after: true }] });
    await seedProvince(h.store, 'fujian');
    const { institutions } = await okJson<InstitutionList>(await h.call('GET', '/api/institutions', { cookie: await h.signIn('counsellor1') }));
    expect(institutions.find((i) => i.id === created.id)).toMatchObject({ nameZh: '厦门市心理门诊', retired: true });
    // Retired ones come last, after every one still offered.
    expect(institutions.at(-1)?.id).toBe(created.id);
  });
});

const centres = async () => (await okJson<AdminCentreList>(await h.call('GET', '/api/admin/centres', { cookie: admin }))).centres;

describe('centres and their lines', () => {
  it('are listed for admins with their line, whether it is open and their staff count', async () => {
    for (const username of ['counsellor1', 'supervisor1', 'trainer1']) {
      const cookie = await h.signIn(username);
      expect((await h.call('GET', '/api/admin/centres', { cookie })).status).toBe(403);
      expect((await h.call('POST', '/api/admin/centres', { cookie, body: { areaCode: '0580', cityZh: '示范', cityEn: 'Demo', lineOpen: true } })).status).toBe(403);
      expect((await h.call('PUT', '/api/admin/centres/0591', { cookie, body: { cityZh: '福州', cityEn: 'Fuzhou', lineOpen: false } })).status).toBe(403);
    }
    expect((await centres()).slice(0, 2)).toEqual([
      { areaCode: '0591', cityZh: '福州', cityEn: 'Fuzhou', line: '059112356', lineOpen: true, staffCount: 4 },
      { areaCode: '0592', cityZh: '厦门', cityEn: 'Xiamen', line: '059212356', lineOpen: true, staffCount: 2 },
    ]);
    // A deactivated account is no longer the centre's staff.
    const [counsellor3] = await h.store.query<{ id: string }>("select id from staff where username = 'counsellor3'");
    expect((await h.call('POST', `/api/admin/staff/${counsellor3?.id}/deactivate`, { cookie: admin })).status).toBe(200);
    expect((await centres())[1]).toMatchObject({ areaCode: '0592', staffCount: 1 });
  });

  it('are added with their line and the default centre settings; an area code taken or malformed is refused', async () => {
    const res = await h.call('POST', '/api/admin/centres', { cookie: admin, body: { areaCode: '0590', cityZh: '示范', cityEn: 'Demo', lineOpen: true } });
    expect(await okJson<AdminCentre>(res)).toEqual({ areaCode: '0590', cityZh: '示范', cityEn: 'Demo', line: '059012356', lineOpen: true, staffCount: 0 });
    const settings = await h.call('GET', '/api/centres/0590/settings', { cookie: admin });
    expect(await settings.json()).toMatchObject({ wrapUpLimitSec: 300, callerDataRetentionMonths: 36, supervisorsManageStaff: false });
    expect((await lastAudit('centre.create'))?.detail).toEqual({
      changes: [{ path: '', before: null, after: { areaCode: '0590', cityZh: '示范', cityEn: 'Demo', lineOpen: true } }],
    });
    const taken = await h.call('POST', '/api/admin/centres', { cookie: admin, body: { areaCode: '0591', cityZh: '福州', cityEn: 'Fuzhou', lineOpen: true } });
    expect(taken.status).toBe(409);
    const bad = await h.call('POST', '/api/admin/centres', { cookie: admin, body: { areaCode: '591', cityZh: '', cityEn: 'X', lineOpen: true } });
    expect(await bad.json()).toEqual({
      error: {
        code: 'validation',
        issues: [
          { path: ['cityZh'], message: 'text.required' },
          { path: ['areaCode'], message: 'adminConfig.badAreaCode' },
        ],
      },
    });
  });

  it('are renamed and their line closed by an admin, audited, and a start does not undo it', async () => {
    const edit = { cityZh: '厦门（含金门方向）', cityEn: 'Xiamen', lineOpen: false };
    const res = await h.call('PUT', '/api/admin/centres/0592', { cookie: admin, body: edit });
    expect(await okJson(res)).toMatchObject({ ...edit, line: '059212356' });
    expect(await lastAudit('centre.update')).toEqual({
      subject_id: '0592',
      detail: {
        changes: [
          { path: 'cityZh', before: '厦门', after: '厦门（含金门方向）' },
          { path: 'lineOpen', before: true, after: false },
        ],
      },
    });
    await seedProvince(h.store, 'fujian');
    expect((await centres()).find((c) => c.areaCode === '0592')).toMatchObject(edit);
    expect((await h.call('PUT', '/api/admin/centres/0999', { cookie: admin, body: edit })).status).toBe(404);
    await h.call('PUT', '/api/admin/centres/0592', { cookie: admin, body: { cityZh: '厦门', cityEn: 'Xiamen', lineOpen: true } });
  });
});

describe('a closed line', () => {
  const route = async (dialled: string) => {
    const query = new URLSearchParams({ dialled, callId: `call-${Math.random()}` });
    const res = await h.pbx(`/api/pbx/route?${query}`);
    return { status: res.status, text: await res.text() };
  };

  it('is routed as plain 12356: any counsellor of the province on duty answers it', async () => {
    await h.onSeat('counsellor1'); // Fuzhou; nobody of Xiamen is on duty
    expect(await route('059212356')).toEqual({ status: 404, text: 'nobody-on-duty' });
    await h.call('PUT', '/api/admin/centres/0592', { cookie: admin, body: { cityZh: '厦门', cityEn: 'Xiamen', lineOpen: false } });
    expect(await route('059212356')).toEqual({ status: 200, text: '8001' });
    await h.call('PUT', '/api/admin/centres/0592', { cookie: admin, body: { cityZh: '厦门', cityEn: 'Xiamen', lineOpen: true } });
    expect(await route('059212356')).toEqual({ status: 404, text: 'nobody-on-duty' });
  });
});
