import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config';
import { expect, passwordOf, test } from './fixtures';
import { SignInPage } from './pages/sign-in';
import { Workstation } from './pages/workstation';
import { probeScript, sipLog } from './support/media-probe';
import { registerDirectly } from './support/sip-register';
import { SipCredentials } from '../src/contract/sip';
import { demoAccounts } from '../server/seed';

test.describe('a counsellor signs in and takes a real call', () => {
  test('signs in through the form and the phone registers', async ({ page }) => {
    await page.context().grantPermissions(['microphone']);
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn('counsellor1', passwordOf('counsellor1'));
    await expect(page).toHaveURL(/\/workstation$/);
    const workstation = new Workstation(page);
    await workstation.expectReady();
    // Registered is not the same as reachable: until the shift starts, the phone says so.
    await expect(workstation.registration).toHaveText('电话已连接，但尚未上班打卡，暂不会接到来电');
    await page.getByRole('button', { name: '上班打卡，开始接听' }).click();
    await expect(workstation.registration).toHaveText('电话已就绪，可以接听');
    await expect(page.getByRole('region', { name: '来电登记表' })).toBeVisible();
    // Leaves no shift open for the tests after this one.
    expect((await page.request.post('/api/shift/clock-out', { data: { handoverNote: '' } })).ok()).toBe(true);
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/login$/);
  });

  test('a wrong password gets a clear error', async ({ page }) => {
    const signIn = new SignInPage(page);
    await signIn.open();
    await signIn.signIn('counsellor1', 'wrong-password');
    await expect(signIn.error).toHaveText('用户名或密码不正确');
    await expect(page).toHaveURL(/\/login$/);
  });

  test('one counsellor’s SIP credentials do not register as another; that counsellor keeps their calls', async ({ phones }) => {
    const counsellor2 = await phones.counsellor('counsellor2');
    const impostor = await phones.blankContext();
    const signedIn = await impostor.request.post('/api/session', {
      data: { username: 'counsellor1', password: passwordOf('counsellor1') },
    });
    expect(signedIn.ok()).toBe(true);
    const issued = await impostor.request.post('/api/sip/credentials', { data: { tabId: 'impostor-tab-0001' } });
    expect(issued.ok()).toBe(true);
    const credentials = SipCredentials.parse(await issued.json());
    const extensionOf = (username: string) => demoAccounts.find((account) => account.username === username)?.sipUsername;
    expect(credentials.username).toBe(extensionOf('counsellor1'));

    // Genuine credentials: they register counsellor1's own extension…
    expect(await registerDirectly({ ...credentials, asUser: credentials.username })).toBe(200);
    // …and are refused for counsellor2's.
    expect(await registerDirectly({ ...credentials, asUser: extensionOf('counsellor2') ?? '' })).toBe(403);

    await expect(counsellor2.registration).toHaveAttribute('data-registration', 'registered');
    const caller = await phones.caller();
    await caller.dialHotline('13800138011');
    await expect(counsellor2.incoming).toBeVisible();
    await counsellor2.answer();
    await caller.hangUp();
  });

  test('a call to 12356 rings with the province line; audio flows both ways; the counsellor hangs up', async ({ phones }) => {
    const counsellor = await phones.counsellor();
    const caller = await phones.caller();
    await caller.dialHotline('13800138000');
    await expect(counsellor.incoming).toBeVisible();
    await expect(counsellor.incoming).toContainText('线路：12356（福建省）');
    await expect(counsellor.incoming).toContainText('来电号码：138****8000');
    // Across the top of the screen, not in the phone's narrow column, and the record stays in view.
    const band = await counsellor.incoming.boundingBox();
    expect(band?.width).toBeGreaterThan(1000);
    expect(band?.y).toBeLessThan(100);
    await expect(counsellor.page.getByRole('region', { name: '来电登记表' })).toBeInViewport();
    await counsellor.answer();
    await expect(caller.call).toHaveAttribute('data-call-phase', 'active');
    expect((await counsellor.audioArriving()).bytes).toBeGreaterThan(2000);
    expect((await caller.audioArriving()).bytes).toBeGreaterThan(2000);

    await counsellor.hangUp();
    await expect(caller.page.getByText('对方已挂断')).toBeVisible();
    await caller.expectNoCall();
    await expect(counsellor.page.getByText('您已挂断')).toBeVisible();
    await counsellor.finishWrapUp();
    await counsellor.expectNoCall();
  });

  test('a call to 059112356 shows the Fuzhou line; the caller hangs up', async ({ phones }) => {
    const counsellor = await phones.counsellor();
    const caller = await phones.caller();
    await caller.dialHotline('13900139000', '0591');
    await expect(counsellor.incoming).toContainText('线路：0591 12356（福州）');
    await counsellor.answer();
    await caller.hangUp();
    await expect(counsellor.page.getByText('对方已挂断')).toBeVisible();
    await expect(caller.page.getByText('您已挂断')).toBeVisible();
    await counsellor.finishWrapUp();
    await counsellor.expectNoCall();
    await caller.expectNoCall();
  });

  test('mute stops the counsellor’s voice reaching the caller, unmute brings it back', async ({ phones }) => {
    const { counsellor, caller } = await phones.answeredCall('13800138001');
    const speaking = await caller.audioArriving(2500);
    expect(speaking.energy).toBeGreaterThan(0.01);

    await counsellor.toggleMute();
    await expect(counsellor.page.getByText('已静音：对方听不到您的声音')).toBeVisible();
    // Audio already on its way when mute was pressed may still arrive: wait for the silence.
    await expect.poll(async () => (await caller.audioArriving(1000)).energy).toBeLessThan(speaking.energy / 120);

    await counsellor.toggleMute();
    await expect(counsellor.page.getByText('已静音：对方听不到您的声音')).toHaveCount(0);
    expect((await caller.audioArriving(2500)).energy).toBeGreaterThan(0.01);
    await counsellor.hangUp();
  });

  test('hold and resume are seen on both sides', async ({ phones }) => {
    const { counsellor, caller } = await phones.answeredCall('13800138002');

    await counsellor.hold();
    await expect(counsellor.page.getByText('通话已保持（对方听不到您的声音）')).toBeVisible();
    await expect(caller.page.getByText('对方已将通话保持')).toBeVisible();
    await expect.poll(async () => (await counsellor.audioArriving(1000)).bytes).toBeLessThan(350);

    await counsellor.resume();
    await expect(caller.page.getByText('对方已将通话保持')).toHaveCount(0);
    expect((await counsellor.audioArriving()).bytes).toBeGreaterThan(2000);
    expect((await caller.audioArriving()).bytes).toBeGreaterThan(2000);
    await counsellor.hangUp();
  });

  test('DTMF reaches the other side, both ways', async ({ phones }) => {
    const { counsellor, caller } = await phones.answeredCall('13800138003');
    await counsellor.pressKeys('123#');
    await expect(caller.page.getByText('对方按键：123#')).toBeVisible();
    await caller.pressKeys('9');
    await expect(counsellor.page.getByText('对方按键：9')).toBeVisible();
    await caller.hangUp();
  });

  test('a counsellor already on a call is not rung for a second one: the second caller waits in the queue', async ({ phones }) => {
    const { counsellor, caller: first } = await phones.answeredCall('13800138004');
    const second = await phones.caller();
    await second.dialHotline('13900139004');
    await expect(second.queued).toContainText('排队中 · 下一位就是您');
    await expect(counsellor.incoming).toHaveCount(0);
    await expect(counsellor.call).toHaveAttribute('data-call-phase', 'active');
    await second.hangUp();
    await first.hangUp();
  });

  test('Kamailio restarted mid-shift: the softphone re-registers by itself and takes the next call', async ({ phones, services }) => {
    const counsellor = await phones.counsellor();
    const registrations = async () =>
      (await sipLog(counsellor.page)).filter((stamp) => stamp.dir === 'out' && stamp.line.startsWith('REGISTER')).length;
    const before = await registrations();
    await services.restartPbx();
    await expect.poll(registrations, { timeout: 15_000 }).toBeGreaterThan(before);
    await counsellor.expectReady();
    const caller = await phones.caller();
    await caller.dialHotline('13800138005');
    await expect(counsellor.incoming).toBeVisible();
    await counsellor.answer();
    expect((await counsellor.audioArriving()).bytes).toBeGreaterThan(2000);
    await caller.hangUp();
  });

  test('a second tab of the same counsellor takes the seat; the first says so and is not rung', async ({ phones }) => {
    const older = await phones.counsellor();
    const newer = new Workstation(await older.page.context().newPage());
    await newer.open();
    await newer.expectReady();
    await expect(older.registration).toHaveAttribute('data-registration', 'taken-over');
    await expect(older.page.getByText(/您的坐席已在另一个标签页或设备上登录/)).toBeVisible();

    const caller = await phones.caller();
    await caller.dialHotline('13800138006');
    await expect(newer.incoming).toBeVisible();
    await expect(older.incoming).toHaveCount(0);
    await newer.answer();
    await caller.hangUp();
  });

  test('a seat taken on another device: the older device says so; signing out there leaves the seat with the newer', async ({ phones }) => {
    const older = await phones.counsellor('counsellor2');
    const newer = await phones.counsellor('counsellor2');
    // No BroadcastChannel between devices: the older one learns it from the API's periodic check.
    await expect(older.registration).toHaveAttribute('data-registration', 'taken-over', { timeout: 15_000 });
    await expect(older.page.getByText(/您的坐席已在另一个标签页或设备上登录/)).toBeVisible();
    await older.page.getByRole('button', { name: '退出登录' }).click();
    await expect(older.page).toHaveURL(/\/login$/);

    const caller = await phones.caller();
    await caller.dialHotline('13800138012');
    await expect(newer.incoming).toBeVisible();
    await newer.answer();
    await caller.hangUp();
  });
});

test.describe('no caller number in any log', () => {
  test('a call, a hold and a hang-up leave the caller’s number in no browser console, API or PBX output', async ({ phones, services }) => {
    const { counsellor, caller } = await phones.answeredCall('13800138013');
    await counsellor.hold();
    await counsellor.resume();
    await caller.hangUp();
    await expect(counsellor.call).toHaveAttribute('data-call-phase', 'wrap-up');
    // The outputs are really collected: the API's start-up line and the PBX's note of the call.
    expect(services.output()).toContain('12356 API on http://');
    expect(services.output()).toContain('public line 12356');
    expect(phones.consoleMessages().join('\n')).not.toContain('13800138013');
    expect(services.output()).not.toContain('13800138013');
  });
});

test.describe('faults at the desk get a clear message', () => {
  async function workstationIn(browserArgs: string[], baseURL: string, permissions: string[]) {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', ...browserArgs],
    });
    const context = await browser.newContext({ baseURL, locale: 'zh-CN', permissions });
    await context.addInitScript(probeScript);
    const response = await context.request.post('/api/session', {
      data: { username: 'counsellor2', password: passwordOf('counsellor2') },
    });
    expect(response.ok()).toBe(true);
    const workstation = new Workstation(await context.newPage());
    await workstation.open();
    return { browser, context, workstation };
  }

  test('a denied microphone', async ({ services }) => {
    const args = chromiumArgs.filter((flag) => flag !== '--use-fake-ui-for-media-stream');
    const { browser, context, workstation } = await workstationIn([...args, '--deny-permission-prompts'], services.baseUrl, []);
    await expect(workstation.registration).toHaveAttribute('data-registration', 'failed');
    await expect(workstation.page.getByText(/浏览器未允许使用麦克风/)).toBeVisible();
    await context.request.delete('/api/session');
    await browser.close();
  });

  test('no audio device at all', async ({ services }) => {
    const args = chromiumArgs.filter((flag) => flag !== '--use-fake-device-for-media-stream');
    const { browser, context, workstation } = await workstationIn(args, services.baseUrl, ['microphone']);
    await expect(workstation.registration).toHaveAttribute('data-registration', 'failed');
    await expect(workstation.page.getByText(/找不到可用的麦克风/)).toBeVisible();
    await context.request.delete('/api/session');
    await browser.close();
  });

  test('the PBX is down: the seat says so and comes back by itself', async ({ phones, services }) => {
    await services.stopPbx();
    try {
      const context = await phones.blankContext();
      await context.request.post('/api/session', { data: { username: 'counsellor1', password: passwordOf('counsellor1') } });
      const workstation = new Workstation(await context.newPage());
      await workstation.open();
      await expect(workstation.page.getByText(/电话连接中断/)).toBeVisible({ timeout: 15_000 });
      await services.startPbx();
      await workstation.expectReady();
    } finally {
      await services.startPbx().catch(() => undefined);
    }
  });
});
