import { expect, passwordOf, test } from './fixtures';
import { SupervisorConsole } from './pages/supervisor';

/** Tomorrow in Beijing, as the form's date field takes it. */
const tomorrowInBeijing = () => new Date(Date.now() + (8 + 24) * 3600 * 1000).toISOString().slice(0, 10);

/**
 * Issue #13's follow-up story, end to end (real Kamailio, API, Chromium): a high-risk call
 * completed without an emergency hand-off leaves a call-back task in the counsellor's list and on
 * the supervisor's console; the counsellor calls the caller back from it (their phone rings),
 * closes it with an outcome, and the record shows how it ended. On the way, wrap-up warns of a
 * protocol step the record misses, and the board counts the counsellor's records with misses.
 */
test('a high-risk record leaves a follow-up that is called back from the task and closed with its outcome', async ({ phones }) => {
  const { counsellor, caller } = await phones.answeredCall('13500135201', { areaCode: '0591' });
  const form = counsellor.intake;
  await counsellor.openSection('问题类别');
  await form.getByLabel('睡眠问题', { exact: true }).check();
  for (const [question, answer] of [
    ['是否希望自己死去，或睡着后不再醒来？', '是'],
    ['是否真的有过自杀的想法？', '是'],
    ['是否想过用什么方式自杀？', '否'],
    ['是否有过按这些想法去做的打算？', '是'],
    ['是否已经想好具体细节，或打算实施计划？', '否'],
    ['是否曾经做过、开始做过或准备过任何结束生命的事？', '否'],
  ] as const) {
    await counsellor.answerScreener(question, answer);
  }
  await counsellor.openSection('服务与结果');
  await form.getByLabel('危机干预').check();
  await form.getByLabel('结果', { exact: true }).selectOption('supported');
  await form.getByLabel('已与来电者制定安全计划').check();
  await form.getByLabel('安全计划要点').fill('情绪难以控制时拨打12356，家人陪伴');
  await form.getByLabel('需要随访').check();
  await form.getByLabel('随访日期').fill(tomorrowInBeijing());
  await form.getByLabel('随访负责人').fill('张咨询员');
  await caller.hangUp();
  await expect(counsellor.call).toHaveAttribute('data-call-phase', 'wrap-up');

  // High risk meets the referral criteria; no referral is recorded: a warning, not a block.
  const page = counsellor.page;
  await expect(page.getByRole('region', { name: '工作规范提醒' })).toContainText('符合转介条件，但未记录转介机构或转介结果');
  await counsellor.completeRecord();
  await expect(page.getByRole('form', { name: '拨出电话' })).toBeVisible();

  const tasks = page.getByRole('region', { name: '随访任务' });
  const task = tasks.getByRole('listitem').filter({ hasText: '135****5201' });
  await expect(task).toContainText(/前随访 · 负责人：张咨询员/);

  const supervisorContext = await phones.blankContext();
  const signIn = await supervisorContext.request.post('/api/session', { data: { username: 'supervisor1', password: passwordOf('supervisor1') } });
  expect(signIn.ok()).toBe(true);
  const board = new SupervisorConsole(await supervisorContext.newPage());
  await board.open();
  await expect(board.page.getByRole('region', { name: '随访任务' }).getByRole('listitem').filter({ hasText: '135****5201' })).toContainText(
    '负责人：张咨询员',
  );
  await expect(board.seat('张咨询员', '8001').row).toContainText(/[1-9]\d* 份记录/);

  // The caller's own phone, reachable on their number: called back from the task.
  const callersPhone = await phones.service('13500135201');
  await task.getByRole('button', { name: '回拨来电者' }).click();
  await expect(callersPhone.incoming).toBeVisible();
  await callersPhone.answer();
  await expect(page.locator('[data-call-phase="active"]')).toHaveCount(1);
  await callersPhone.hangUp();
  await expect(page.locator('[data-call-phase="active"]')).toHaveCount(0);

  await task.getByRole('button', { name: '记录随访结果' }).click();
  const outcome = task.getByRole('form', { name: '随访结果' });
  await outcome.getByRole('combobox', { name: '随访结果' }).selectOption({ label: '已联系上来电者' });
  await outcome.getByRole('textbox', { name: '随访情况（选填）' }).fill('情绪平稳，已约定本周再来电');
  await outcome.getByRole('button', { name: '结束随访' }).click();
  await expect(task).toHaveCount(0);

  const records = page.getByRole('list', { name: '我的来电记录' });
  await records.getByRole('listitem').filter({ hasText: '135****5201' }).first().getByRole('button', { name: '查看' }).click();
  await expect(form).toContainText(/随访已结束：已联系上来电者（张咨询员，/);
  await page.getByRole('button', { name: '关闭记录' }).click();
  await expect(tasks).toBeVisible();
});
