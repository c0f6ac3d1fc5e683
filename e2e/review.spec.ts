import { beijingDate } from '../src/contract';
import { expect, passwordOf, test } from './fixtures';
import { RecordReview } from './pages/review';

/**
 * Record review, end to end (real Kamailio, API, Chromium): a counsellor completes a record where
 * C-SSRS item 2 was yes and items 3–5 were never asked; the supervisor finds it with the filters,
 * sees the protocol check flag the missing follow-up questions and writes a review (督导意见); the
 * counsellor then reads that review on the record.
 */
test('a supervisor finds a record whose screener follow-up was missed, reviews it, and the counsellor reads the review', async ({
  phones,
  axe,
}) => {
  const { counsellor, caller } = await phones.answeredCall('13600136131', { areaCode: '0591' });
  await counsellor.openSection('问题类别');
  await counsellor.intake.getByLabel('睡眠问题', { exact: true }).check();
  await counsellor.answerScreener('是否希望自己死去，或睡着后不再醒来？', '是');
  await counsellor.answerScreener('是否真的有过自杀的想法？', '是');
  await counsellor.addNote('失眠两周，有时想死');
  await counsellor.openSection('服务与结果');
  await counsellor.intake.getByLabel('情绪疏导', { exact: true }).check();
  await counsellor.intake.getByLabel('结果', { exact: true }).selectOption('supported');
  await caller.hangUp();
  await counsellor.completeRecord();
  await expect(counsellor.page.getByRole('form', { name: '拨出电话' })).toBeVisible();

  const context = await phones.blankContext();
  expect((await context.request.post('/api/session', { data: { username: 'supervisor1', password: passwordOf('supervisor1') } })).ok()).toBe(true);
  const review = new RecordReview(await context.newPage());
  await review.open();
  const today = beijingDate(Date.now());
  await review.filter({ 咨询员: '张咨询员', 风险等级: '低', 问题类别: '睡眠问题', 审阅状态: '未审阅' }, { from: today, to: today });
  // Newest first: the record just completed heads the list, flagged with its one missed step.
  const row = review.list.getByRole('row').nth(1);
  await expect(row).toContainText('规程未完成 1 项');
  const unreviewed = Number(/共 (\d+) 条/.exec((await review.list.textContent()) ?? '')?.[1]);
  await row.getByRole('button', { name: /^查看/ }).click();
  await expect(review.record).toContainText('来电号码：136****6131');
  await expect(review.protocolStep('第 2 题为“是”时追问第 3–5 题')).toContainText('未完成');
  await expect(review.protocolStep('询问自杀风险筛查第 1、2 题')).toContainText('已完成');

  const editor = review.record.getByRole('form', { name: '督导意见' });
  await editor.getByLabel('督导意见').fill('第 2 题答“是”后，须继续询问第 3–5 题（方式、打算、计划），再判断风险。');
  await editor.getByRole('button', { name: '保存督导意见' }).click();
  await expect(editor.getByRole('status')).toHaveText('已保存');
  // Reviewed now, it leaves the list of records not yet reviewed.
  await expect(review.list).toContainText(unreviewed > 1 ? `共 ${unreviewed - 1} 条` : '没有符合条件的记录。');
  await axe(review.page, 'record review');

  // The counsellor's own records (already on screen): the event stream marks the reviewed one
  // without a reload, and its review opens beneath it.
  const mine = counsellor.page.getByRole('list', { name: '我的来电记录' }).getByRole('listitem').filter({ hasText: '136****6131' });
  await expect(mine).toContainText('已有督导意见');
  await mine.getByRole('button', { name: '查看督导意见' }).click();
  const text = mine.getByRole('figure', { name: '督导意见' });
  await expect(text).toContainText('第 2 题答“是”后，须继续询问第 3–5 题（方式、打算、计划），再判断风险。');
  await expect(text).toContainText(/陈督导 · \d{2}\/\d{2} \d{2}:\d{2}/);
});
