import { expect, passwordOf, test } from './fixtures';
import { Reports } from './pages/reports';
import { SignInPage } from './pages/sign-in';
import { Workstation } from './pages/workstation';

/**
 * #15's story: an admin creates a counsellor in Putian (0594, where no demo account is on duty, so
 * the call can only reach the new one), who signs in with the one-time password, must change it
 * before anything else opens, clocks in and takes a real call from the caller simulator; today's
 * report then counts it.
 */
test('an admin creates a counsellor who changes the one-time password, clocks in and takes a call that today’s report counts', async ({ phones }) => {
  const username = `putian${Date.now() % 100_000}`;
  const adminContext = await phones.blankContext();
  expect((await adminContext.request.post('/api/session', { data: { username: 'admin1', password: passwordOf('admin1') } })).ok()).toBe(true);
  const admin = await adminContext.newPage();
  await admin.goto('/admin/staff');
  await admin.getByRole('button', { name: '新建账号' }).click();
  await admin.getByRole('textbox', { name: '账号' }).fill(username);
  await admin.getByLabel('姓名').fill('莆田咨询员');
  await admin.getByLabel('中心', { exact: true }).selectOption('0594');
  await admin.getByRole('button', { name: '新建并生成初始密码' }).click();
  const oneTimePassword = (await admin.getByTestId('one-time-password').textContent()) ?? '';
  expect(oneTimePassword).toMatch(/^\S{5}-\S{5}-\S{5}$/);

  const context = await phones.blankContext();
  const page = await context.newPage();
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(username, oneTimePassword);
  await expect(page.getByRole('heading', { level: 1, name: '修改初始密码' })).toBeVisible();
  // The workstation is not reachable before the change.
  await page.goto('/workstation');
  await expect(page.getByRole('heading', { level: 1, name: '修改初始密码' })).toBeVisible();
  await page.getByLabel('当前（初始）密码').fill(oneTimePassword);
  await page.getByLabel('新密码', { exact: true }).fill('Putian-Desk-2026');
  await page.getByLabel('再次输入新密码').fill('Putian-Desk-2026');
  await page.getByRole('button', { name: '修改密码' }).click();

  const counsellor = new Workstation(page);
  await counsellor.expectReady();
  await counsellor.shift.getByRole('button', { name: '上班打卡，开始接听' }).click();
  await counsellor.expectSeat('available');
  const caller = await phones.caller();
  await caller.dialHotline('13500135094', '0594');
  await expect(counsellor.incoming).toBeVisible();
  await counsellor.answer();
  await expect(caller.call).toHaveAttribute('data-call-phase', 'active');
  await caller.hangUp();
  await counsellor.expectSeat('wrap-up');

  // Today's report (the Beijing day) counts the call for the new counsellor. The record reaches
  // the API from the browser's outbox, so the report is read again until it has arrived.
  const reports = new Reports(admin);
  await expect(async () => {
    await reports.openTodayByCounsellor();
    expect(await reports.answeredBy('莆田咨询员')).toBe(1);
  }).toPass();
});
