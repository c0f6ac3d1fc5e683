import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { SipCredentials, TRAINING_HEADER } from '../src/contract';
import { expect, passwordOf, test } from './fixtures';
import type { Workstation } from './pages/workstation';
import { inviteDirectly } from './support/sip-invite';
import { tonesHeard } from './support/media-probe';

const [traineeTone, trainerTone] = [700, 1900];
const both = [traineeTone, trainerTone];

interface QueueLine {
  hours: Array<{ offered: number; answered: number; abandoned: number }>;
}

/** The first event of GET /api/events (the board's snapshot), without its time stamp. */
async function boardSnapshot(page: Page): Promise<unknown> {
  const text = await page.evaluate(async () => {
    const controller = new AbortController();
    const response = await fetch('/api/events', { signal: controller.signal });
    const reader = response.body?.getReader();
    const decoder = new TextDecoder();
    let received = '';
    while (reader && !received.includes('\n\n')) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value, { stream: true });
    }
    controller.abort();
    return received;
  });
  const data = /^data: (.*)$/m.exec(text)?.[1];
  if (!data) throw new Error('no snapshot on the event stream');
  const { at: _at, queue, ...snapshot } = (JSON.parse(data) as { snapshot: { at: string; queue: QueueLine[] } }).snapshot;
  // The chart's hours slide with the clock: an hour passing mid-test adds an empty one. Hours with calls must not change.
  return { ...snapshot, queue: queue.map((line) => ({ ...line, hours: line.hours.filter((hour) => hour.offered + hour.answered + hour.abandoned > 0) })) };
}

async function json(page: Page, path: string): Promise<unknown> {
  const response = await page.request.get(path);
  expect(response.ok(), `${path}: ${response.status()}`).toBe(true);
  return response.json();
}

/** Everything real a training call must leave alone, as the API answers it to whoever reads it. */
async function realAnswers(supervisor: Page, trainee: Page, counsellor: Page, realRecordId: string, since: string) {
  const realRecord = (await json(counsellor, `/api/contacts/${realRecordId}`)) as { callerHistory: unknown };
  return {
    centreRecords: await json(supervisor, '/api/contacts?scope=centre&limit=200'),
    traineeRecords: await json(trainee, '/api/contacts?scope=mine&limit=200'),
    lineStats: await json(supervisor, `/api/stats/lines?since=${encodeURIComponent(since)}`),
    rescues: await json(supervisor, '/api/rescues'),
    recordHandovers: await json(supervisor, '/api/record-handovers'),
    callerHistory: realRecord.callerHistory,
    board: await boardSnapshot(supervisor),
  };
}

/**
 * The trainee completes the mock call's record as the scenario expects: the screener asked, the
 * 120 hand-off's outcome confirmed, a referral recorded (location and call-back were typed live).
 */
async function completeCrisisRecord(trainee: Workstation) {
  const form = trainee.intake;
  await trainee.openSection('问题类别');
  await form.getByLabel('自伤与自杀').check();
  for (const question of [
    '是否希望自己死去，或睡着后不再醒来？',
    '是否真的有过自杀的想法？',
    '是否想过用什么方式自杀？',
    '是否有过按这些想法去做的打算？',
    '是否已经想好具体细节，或打算实施计划？',
    '是否曾经做过、开始做过或准备过任何结束生命的事？',
    '这件事是否发生在过去三个月内？',
  ]) {
    await trainee.answerScreener(question, '是');
  }
  await trainee.openSection('转介');
  await form.getByLabel('转介机构').selectOption({ index: 1 });
  await trainee.openSection('服务与结果');
  await form.getByLabel('危机干预').check();
  await form.getByLabel('结果', { exact: true }).selectOption('emergency-handoff');
  await trainee.openSection('紧急危险');
  await form.getByLabel('处置结果').selectOption('reached');
  await trainee.completeRecord();
  await expect(trainee.page.getByRole('form', { name: '拨出电话' })).toBeVisible();
}

/**
 * Issue #14 end to end (real Kamailio, API, Chromium; trainee and trainer each speak a tone): a
 * trainee not yet signed off is offered no real call; the trainer runs the pills-at-night
 * scenario on the trainee's own softphone and follows the record live; the trainee's 120 reaches
 * the trainer's console, never the real 120; the rubric scores what was recorded; nothing real
 * changed; a forged training grant is refused.
 */
test('training: a mock call on the trainee’s seat, scored from the record, leaves every real answer as it was', async ({ phones, axe }) => {
  test.slow();
  const since = new Date().toISOString();
  // Clocked in first and available, the trainee would be the longest idle: still, a real caller goes elsewhere.
  const trainee = await phones.counsellor('trainee1', { tone: traineeTone });
  const board = await phones.supervisor('supervisor1');
  const { counsellor, caller } = await phones.answeredCall('13600136141', { areaCode: '0591' });
  await expect(trainee.incoming).toHaveCount(0);
  await caller.hangUp();
  await counsellor.finishWrapUp();
  const realRecordId = ((await json(counsellor.page, '/api/contacts?scope=mine&limit=1')) as { contacts: { id: string }[] }).contacts[0]?.id ?? '';

  const real120 = await phones.service('120');
  const trainer = await phones.trainer({ tone: trainerTone });
  const before = await realAnswers(board.page, trainee.page, counsellor.page, realRecordId, since);

  // The mock call rings the trainee's seat, marked as training for its whole length.
  const grant = await trainer.startMockCall(/周学员/, /吞药/);
  await expect(trainee.incoming).toContainText('培训');
  await trainee.answer();
  await expect(trainee.page.getByRole('status').or(trainee.page.getByRole('alert')).filter({ hasText: /培训演练/ }).first()).toBeVisible();
  await expect.poll(() => tonesHeard(trainer.page, both), { timeout: 15_000 }).toEqual([[traineeTone]]);
  await expect.poll(() => tonesHeard(trainee.page, both), { timeout: 15_000 }).toEqual([[trainerTone]]);
  await expect(trainer.script).toContainText('问到才说');

  // The trainee's record, live on the console.
  await trainee.openSection('自杀风险');
  await trainee.intake.getByLabel('正在实施（如已服药）').check();
  await expect(trainer.record).toContainText('紧急');
  await trainee.intake.getByLabel(/来电者现在的位置/).fill('大学城 3 号宿舍楼 402');
  await trainee.intake.getByLabel('回拨号码', { exact: true }).fill('13600136142');
  await expect(trainer.record).toContainText('大学城 3 号宿舍楼 402');

  // A hint only the trainee hears (the supervision path): the trainee's screen names the trainer.
  await trainer.page.getByRole('button', { name: '向学员提示（只有学员能听到）' }).click();
  await expect(trainee.supervisionBanner).toContainText('林培训师');
  await trainer.page.getByRole('button', { name: '结束提示，回到来电者角色' }).click();
  await expect(trainee.supervisionBanner).toHaveCount(0);

  // 120 reaches the trainer's console; the real 120 is not rung.
  await trainee.transferBar.getByRole('button', { name: /医疗急救 120/ }).click();
  await expect(trainer.practice).toContainText('学员转接 120（演练）');
  // The console at its fullest (script, live record, call, a practice call ringing), as a trainer sees it.
  await axe(trainer.page, 'training console during a mock call');
  await trainer.answerPractice();
  await expect(trainee.transferBar).toContainText('三方通话中');
  await real120.expectNoCall();
  await trainer.hangUpPractice();
  await expect(trainee.call).toHaveAttribute('data-call-phase', 'active');
  await trainer.endMockCall(grant.id);
  await completeCrisisRecord(trainee);

  // A grant that was never issued, and the real one replayed, are refused by the trainee's phone (its seat registered and idle).
  const forger = await phones.blankContext();
  expect((await forger.request.post('/api/session', { data: { username: 'trainer1', password: passwordOf('trainer1') } })).ok()).toBe(true);
  const issued = await forger.request.post('/api/sip/credentials', { data: { tabId: 'forger-tab-training', asNumber: '12320' } });
  const credentials = SipCredentials.parse(await issued.json());
  const forge = (header: string) => inviteDirectly({ ...credentials, to: grant.extension, headers: [`${TRAINING_HEADER}: ${header}`] });
  expect(await forge(`${randomUUID()};token=${'f'.repeat(43)}`)).toBe(403);
  expect(await forge(`${grant.id};token=${grant.token}`)).toBe(403);

  // The rubric: every automatic item the scenario asks for is met; the trainer's scores are kept and the trainee reads them.
  for (const item of ['建立关系', '共情', '共同解决问题', '安全计划']) {
    await trainer.page.getByRole('group', { name: item }).getByRole('radio', { name: '4 分' }).check();
  }
  await trainer.page.getByRole('button', { name: '保存评分' }).click();
  await expect(trainer.page.getByText('评分已保存')).toBeVisible();
  const auto = trainer.page.locator('[data-rubric-item]');
  await expect(auto).toHaveCount(9);
  for (const item of await auto.all()) await expect(item).toContainText('✓ 达标');
  await trainee.page.getByRole('button', { name: '培训演练成绩' }).click();
  await trainee.page.getByRole('link', { name: '查看评分表' }).first().click();
  await expect(trainee.page).toHaveURL(new RegExp(`/training/calls/${grant.id}$`));
  await expect(trainee.page.locator('[data-rubric-item="emergency-handoff"]')).toContainText('✓ 达标');
  await expect(trainee.page.getByText('4 分')).toHaveCount(4);

  // Nothing real changed.
  expect(await realAnswers(board.page, trainee.page, counsellor.page, realRecordId, since)).toEqual(before);
});
