import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { SipCredentials, TRAINING_HEADER } from '../src/contract';
import { expect, passwordOf, test } from './fixtures';
import type { Workstation } from './pages/workstation';
import { inviteDirectly } from './support/sip-invite';
import { tonesHeard } from './support/media-probe';

const [traineeTone, trainerTone] = [700, 1900];
const both = [traineeTone, trainerTone];

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
  const { at: _at, ...snapshot } = (JSON.parse(data) as { snapshot: Record<string, unknown> }).snapshot;
  return snapshot;
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
test('tmp probe', async ({ phones }) => {
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

  const before = await realAnswers(board.page, trainee.page, counsellor.page, realRecordId, since);
  console.log(JSON.stringify(before).slice(0, 3000));
  const again = await realAnswers(board.page, trainee.page, counsellor.page, realRecordId, since);
  expect(again).toEqual(before);
});
