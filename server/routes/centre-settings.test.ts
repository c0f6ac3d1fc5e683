import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CentreSettings } from '../../src/contract';
import { loadConfig } from '../config';
import { defaultCentreSettings, seedCentreSettings } from '../shifts/settings';
import { createHarness, type Harness } from '../testing/harness';

let h: Harness;
let admin: string;
beforeAll(async () => {
  h = await createHarness();
  admin = await h.signIn('admin1');
});
afterAll(() => h.close());
beforeEach(async () => {
  await h.store.query('truncate centre_settings, audit_log');
  await seedCentreSettings(h.store, {});
});

const path = (areaCode: string) => `/api/centres/${areaCode}/settings`;
const get = (areaCode: string, cookie = admin) => h.call('GET', path(areaCode), { cookie });
const put = (areaCode: string, body: unknown, cookie = admin) => h.call('PUT', path(areaCode), { cookie, body });

const twoShifts = (): CentreSettings => ({
  ...defaultCentreSettings(),
  shifts: [
    { id: 'day', nameZh: '白班', nameEn: 'Day', start: '08:00', end: '20:00' },
    { id: 'night', nameZh: '夜班', nameEn: 'Night', start: '20:00', end: '08:00' },
  ],
  wrapUpLimitSec: 240,
  crisisCallsInRowWarn: 2,
});

describe('centre settings', () => {
  it('are the three-shift defaults until an admin changes them, for anyone signed in', async () => {
    const res = await get('0591', await h.signIn('trainer1'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      shifts: [
        { id: 'day', nameZh: '白班', nameEn: 'Day', start: '08:00', end: '16:00' },
        { id: 'evening', nameZh: '小夜班', nameEn: 'Evening', start: '16:00', end: '00:00' },
        { id: 'night', nameZh: '大夜班', nameEn: 'Night', start: '00:00', end: '08:00' },
      ],
      wrapUpLimitSec: 300,
      wrapUpExtensionSec: 180,
      debriefBreakSec: 300,
      continuousTalkWarnSec: 7200,
      breakResetsAfterSec: 900,
      crisisCallsInRowWarn: 3,
      queueLimitSec: 300,
      overflowAfterSec: 60,
      overflowCentres: [],
      serviceLevelSec: 20,
      recentRiskFirst: true,
      nuisanceLast: true,
      longCallAlertSec: 3600,
      rescueOpenAlertSec: 1800,
      followUpDueHours: 24,
      callerDataRetentionMonths: 36,
      supervisorsManageStaff: false,
    });
    expect((await h.call('GET', path('0591'))).status).toBe(401);
  });

  it('are replaced by an admin for one centre, audited', async () => {
    const res = await put('0592', twoShifts());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(twoShifts());
    expect(await (await get('0592')).json()).toEqual(twoShifts());
    expect(await (await get('0591')).json()).toEqual(defaultCentreSettings());
    const audits = await h.store.query<{ subject_id: string; detail: unknown }>("select subject_id, detail from audit_log where action = 'settings.centre'");
    expect(audits).toEqual([
      {
        subject_id: '0592',
        detail: {
          changes: [
            { path: 'shifts[day].end', before: '16:00', after: '20:00' },
            { path: 'shifts[evening]', before: { id: 'evening', nameZh: '小夜班', nameEn: 'Evening', start: '16:00', end: '00:00' }, after: null },
            { path: 'shifts[night].nameZh', before: '大夜班', after: '夜班' },
            { path: 'shifts[night].start', before: '00:00', after: '20:00' },
            { path: 'wrapUpLimitSec', before: 300, after: 240 },
            { path: 'crisisCallsInRowWarn', before: 3, after: 2 },
          ],
        },
      },
    ]);

    const seat = await h.call('GET', '/api/seat', { cookie: await h.signIn('counsellor3') });
    expect(((await seat.json()) as { settings: CentreSettings }).settings).toEqual(twoShifts());
  });

  it('may be changed by admins only', async () => {
    for (const username of ['counsellor1', 'supervisor1', 'trainer1']) {
      expect((await put('0591', twoShifts(), await h.signIn(username))).status).toBe(403);
    }
  });

  it('are validated: shift ids unique, times and bounds as the contract says, known centres only', async () => {
    const settings = twoShifts();
    const repeated = { ...settings, shifts: [...settings.shifts, { ...settings.shifts[0], nameEn: 'Again' }] };
    const duplicate = await put('0591', repeated);
    expect(duplicate.status).toBe(400);
    expect(await duplicate.json()).toEqual({ error: { code: 'validation', issues: [{ path: ['shifts', 2, 'id'], message: 'invalid' }] } });

    const badTime = await put('0591', { ...settings, shifts: [{ ...settings.shifts[0], start: '24:00' }] });
    expect(await badTime.json()).toMatchObject({ error: { code: 'validation', issues: [{ path: ['shifts', 0, 'start'], message: 'shift.badTime' }] } });
    expect((await put('0591', { ...settings, shifts: [] })).status).toBe(400);
    expect((await put('0591', { ...settings, wrapUpLimitSec: 5 })).status).toBe(400);
    expect((await put('0999', settings)).status).toBe(404);

    // Overflow goes to the province's other centres, each once, never the centre itself.
    const overflow = await put('0591', { ...settings, overflowCentres: ['0592', '0591', '0999', '0592'] });
    expect(overflow.status).toBe(400);
    expect(await overflow.json()).toEqual({
      error: {
        code: 'validation',
        issues: [
          { path: ['overflowCentres', 1], message: 'adminConfig.overflowSelf' },
          { path: ['overflowCentres', 2], message: 'adminConfig.overflowUnknown' },
          { path: ['overflowCentres', 3], message: 'adminConfig.overflowRepeated' },
        ],
      },
    });
    expect((await get('0999')).status).toBe(404);
    expect((await get('591')).status).toBe(400);
    expect(await (await get('0591')).json()).toEqual(defaultCentreSettings());
    expect((await put('0591', { ...settings, overflowCentres: ['0592', '0593'] })).status).toBe(200);
  });

  it('fill a field the stored settings lack with its default, and serve the defaults for a stored value the contract refuses', async () => {
    await h.store.query(`update centre_settings set settings = settings - 'crisisCallsInRowWarn' where area_code = '0591'`);
    await h.store.query(`update centre_settings set settings = jsonb_set(settings, '{wrapUpLimitSec}', '1') where area_code = '0592'`);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await (await get('0591')).json()).toEqual(defaultCentreSettings());
      expect(await (await get('0592')).json()).toEqual(defaultCentreSettings());
      expect(logged).toHaveBeenCalledWith('centre settings of 0592 do not match the contract; serving the defaults');
    } finally {
      logged.mockRestore();
    }
  });
});

describe('overrides from the environment', () => {
  it('replace the defaults, and an admin’s value for the same fields, at every start', async () => {
    const { centreSettingsOverrides } = loadConfig({ WRAP_UP_LIMIT_SEC: '20', DEBRIEF_BREAK_SEC: '60' });
    expect(centreSettingsOverrides).toEqual({ wrapUpLimitSec: 20, debriefBreakSec: 60 });
    expect((await put('0592', twoShifts())).status).toBe(200);

    await seedCentreSettings(h.store, centreSettingsOverrides);
    expect(await (await get('0591')).json()).toEqual({ ...defaultCentreSettings(), wrapUpLimitSec: 20, debriefBreakSec: 60 });
    expect(await (await get('0592')).json()).toEqual({ ...twoShifts(), wrapUpLimitSec: 20, debriefBreakSec: 60 });
  });

  it('seed a fresh database', async () => {
    const fresh = await createHarness({ config: { centreSettingsOverrides: loadConfig({ WRAP_UP_EXTENSION_SEC: '30' }).centreSettingsOverrides } });
    try {
      const res = await fresh.call('GET', path('0595'), { cookie: await fresh.signIn('counsellor1') });
      expect(await res.json()).toMatchObject({ wrapUpLimitSec: 300, wrapUpExtensionSec: 30 });
    } finally {
      await fresh.close();
    }
  });
});
