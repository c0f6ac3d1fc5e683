import type { Page } from '@playwright/test';
import type { ContactRecord } from '../src/contract';
import { expect, test } from './fixtures';
import type { Workstation } from './pages/workstation';

async function recordOf(page: Page, callerMasked: string): Promise<ContactRecord> {
  const list = await page.request.get('/api/contacts?scope=mine');
  const { contacts } = (await list.json()) as { contacts: Array<{ id: string; callerNumberMasked: string; answeredAt: string }> };
  const newest = contacts.filter((contact) => contact.callerNumberMasked === callerMasked).sort((a, b) => b.answeredAt.localeCompare(a.answeredAt))[0];
  if (!newest) throw new Error(`no record for ${callerMasked}`);
  const response = await page.request.get(`/api/contacts/${newest.id}`);
  expect(response.ok()).toBe(true);
  return (await response.json()) as ContactRecord;
}

/** What a counsellor types during a sleepless student's call. */
async function fillWhileTalking(counsellor: Workstation): Promise<void> {
  await counsellor.openSection('来电者');
  await counsellor.intake.getByLabel('年龄段', { exact: true }).selectOption('18-24');
  await counsellor.intake.getByLabel('职业', { exact: true }).selectOption('student');
  await counsellor.openSection('问题类别');
  await counsellor.intake.getByLabel('学业与考试压力', { exact: true }).check();
  await counsellor.intake.getByLabel('睡眠问题', { exact: true }).check();
  await counsellor.answerScreener('是否希望自己死去，或睡着后不再醒来？', '是');
  await counsellor.answerScreener('是否真的有过自杀的想法？', '否');
  await counsellor.answerScreener('是否曾经做过、开始做过或准备过任何结束生命的事？', '否');
  await counsellor.addNote('保研失败，失眠两周');
  await counsellor.addNote('有时想死');
}

async function expectFilledIn(counsellor: Workstation): Promise<void> {
  await counsellor.openSection('来电者');
  await expect(counsellor.intake.getByLabel('年龄段', { exact: true })).toHaveValue('18-24');
  await expect(counsellor.intake.getByLabel('职业', { exact: true })).toHaveValue('student');
  await counsellor.openSection('问题类别');
  await expect(counsellor.intake.getByLabel('学业与考试压力', { exact: true })).toBeChecked();
  await expect(counsellor.intake.getByLabel('睡眠问题', { exact: true })).toBeChecked();
  await counsellor.openSection('自杀风险');
  await expect(
    counsellor.intake.getByRole('group', { name: '是否希望自己死去，或睡着后不再醒来？' }).getByRole('radio', { name: '是' }),
  ).toBeChecked();
  await expect(counsellor.notes.getByRole('listitem')).toHaveText([/保研失败，失眠两周/, /有时想死/]);
  await expect(counsellor.page.locator('[data-risk-level]').first()).toHaveAttribute('data-risk-level', 'low');
}

test.describe('the call record: nothing ever lost', () => {
  test('fill the form and notes while talking; a reload mid-call brings every field and note back', async ({ phones }) => {
    const { counsellor, caller } = await phones.answeredCall('13700137001', { areaCode: '0591' });
    await counsellor.openSection('来电者');
    await expect(counsellor.intake.getByLabel('所在地区', { exact: true })).toHaveValue('0591');
    await fillWhileTalking(counsellor);
    await counsellor.expectSaved();

    await counsellor.page.reload();
    // A page cannot carry a call across a reload; the caller is told rather than left in silence.
    await expect(caller.page.getByText('对方已挂断')).toBeVisible();
    await counsellor.expectReady();
    await expectFilledIn(counsellor);
  });

  test('the API stops while the counsellor types: nothing is lost once it returns', async ({ phones, services }) => {
    const { counsellor, caller } = await phones.answeredCall('13700137002');
    await counsellor.expectSaved();

    await services.stopApi();
    await fillWhileTalking(counsellor);
    // Every change typed during the outage waits in the outbox, and the screen says so.
    await expect(counsellor.saveStatus).toHaveAttribute('data-save-status', 'offline');
    await expect(counsellor.saveStatus).toContainText('暂时无法连接服务器');
    await services.startApi();

    await counsellor.expectSaved();
    const record = await recordOf(counsellor.page, '137****7002');
    expect(record.intake.caller).toMatchObject({ ageBand: '18-24', occupation: 'student' });
    expect(record.intake.problems.map((problem) => problem.category)).toEqual(['study', 'sleep']);
    expect(record.intake.screener).toMatchObject({ wishedDead: 'yes', suicidalThoughts: 'no', behaviour: 'no' });
    expect(record.notes.map((note) => note.text)).toEqual(['保研失败，失眠两周', '有时想死']);
    await caller.hangUp();
  });

  test('finishing the record: the API returns exactly what was typed; a repeat caller shows history on the next ring', async ({
    phones,
  }) => {
    const { counsellor, caller } = await phones.answeredCall('13700137003');
    await fillWhileTalking(counsellor);
    await counsellor.openSection('服务与结果');
    await counsellor.intake.getByLabel('情绪疏导', { exact: true }).check();
    await counsellor.intake.getByLabel('结果', { exact: true }).selectOption('supported');
    await counsellor.openSection('通话小结');
    await counsellor.intake.getByRole('button', { name: '用关键词记录生成小结' }).click();
    await caller.hangUp();
    await expect(counsellor.call).toHaveAttribute('data-call-phase', 'wrap-up');

    await counsellor.completeRecord();
    await expect(counsellor.page.getByRole('form', { name: '拨出电话' })).toBeVisible();
    const record = await recordOf(counsellor.page, '137****7003');
    expect(record.status).toBe('completed');
    expect(record.riskLevel).toBe('low');
    expect(record.intake).toMatchObject({
      callType: 'counselling',
      caller: { ageBand: '18-24', occupation: 'student', region: 'unknown' },
      problems: [
        { category: 'study', detail: null },
        { category: 'sleep', detail: null },
      ],
      services: ['emotional-support'],
      outcome: 'supported',
    });
    expect(record.intake.summary).toMatch(/^\[\d\d:\d\d\] 保研失败，失眠两周\n\[\d\d:\d\d\] 有时想死$/);
    expect(record.notes.map((note) => note.text)).toEqual(['保研失败，失眠两周', '有时想死']);
    expect(record.endedAt).not.toBeNull();

    const again = await phones.caller();
    await again.dialHotline('13700137003');
    await expect(counsellor.incoming).toContainText('曾来电 1 次');
    await expect(counsellor.incoming).toContainText('上次风险：低');
    await counsellor.decline();
  });

  test('a caller whose call dropped is called back from the record', async ({ phones }) => {
    const { counsellor, caller } = await phones.answeredCall('13700137009');
    await caller.hangUp();
    await expect(counsellor.call).toHaveAttribute('data-call-phase', 'wrap-up');

    // The caller's own phone, now reachable on their number.
    const callersPhone = await phones.service('13700137009');
    await counsellor.intake.getByRole('button', { name: '回拨来电者' }).click();
    await expect(callersPhone.incoming).toBeVisible();
    await callersPhone.answer();
    await expect(counsellor.page.locator('[data-call-phase="active"]')).toHaveCount(1);
    expect((await callersPhone.audioArriving()).bytes).toBeGreaterThan(2000);
    await callersPhone.hangUp();
  });

  test('a counsellor cannot read another counsellor’s record through the API', async ({ phones }) => {
    const { counsellor, caller } = await phones.answeredCall('13700137004');
    await counsellor.addNote('仅本人可见');
    await counsellor.expectSaved();
    const record = await recordOf(counsellor.page, '137****7004');
    await caller.hangUp();

    const other = await phones.blankContext();
    const signIn = await other.request.post('/api/session', { data: { username: 'counsellor2', password: 'Demo-12356-c2' } });
    expect(signIn.ok()).toBe(true);
    const read = await other.request.get(`/api/contacts/${record.id}`);
    expect(read.status()).toBe(404);
    const list = await other.request.get('/api/contacts?scope=mine');
    expect(JSON.stringify(await list.json())).not.toContain(record.id);
  });
});
