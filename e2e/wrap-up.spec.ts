import type { RecordHandover } from '../src/contract';
import { expect, passwordOf, test } from './fixtures';

test.describe('wrap-up after an imminent-risk call', () => {
  test('the seat is offered no call until the record is completed or handed to a supervisor, whatever the browser sends', async ({
    phones,
    playwright,
    services,
  }) => {
    const { counsellor, caller } = await phones.answeredCall('13500135101', { areaCode: '0591' });
    const form = counsellor.intake;
    // What issue #11 found: imminent danger, a location, but no call-back number and no safety action.
    await counsellor.openSection('自杀风险');
    await form.getByLabel('正在实施（如已服药）').check();
    await form.getByLabel(/来电者现在的位置/).fill('福州市鼓楼区某小区 3 栋 502');
    await caller.hangUp();
    await expect(counsellor.call).toHaveAttribute('data-call-phase', 'wrap-up');
    await counsellor.expectSaved();

    const page = counsellor.page;
    await expect(page.getByText('自杀风险为“紧急”：这份记录完成或交给督导之前，不会再给您接入来电。')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: '紧急危险：必须填写回拨号码' })).toBeVisible();
    await expect(page.getByRole('button', { name: '完成记录并结束整理' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: '完成记录并结束整理' })).toBeDisabled();
    await expect(page.getByRole('button', { name: '结束整理', exact: true })).toHaveCount(0);

    // A browser that tells the API the seat is free is still offered no call.
    expect((await page.request.put('/api/seat', { data: { change: 'available' } })).ok()).toBe(true);
    const second = await phones.caller();
    await second.dialHotline('13500135102', '0591');
    await expect(second.queued).toBeVisible();
    await expect(counsellor.incoming).toHaveCount(0);
    await second.hangUp();

    // Handing over needs a reason.
    await page.getByRole('button', { name: '交给督导…' }).click();
    await page.getByRole('button', { name: '确认交给督导' }).click();
    await expect(page.getByText('请写明交给督导的原因')).toBeVisible();
    await page.getByRole('textbox', { name: '交给督导的原因' }).fill('来电者挂断，回拨号码未能确认，请督导跟进');
    await page.getByRole('button', { name: '确认交给督导' }).click();
    await expect(page.getByRole('form', { name: '拨出电话' })).toBeVisible();

    // A crisis call is followed by the debrief break; the counsellor may decline it and take calls.
    await counsellor.expectSeat('break');
    await counsellor.shift.getByRole('button', { name: '不需要休息，恢复接听' }).click();
    await counsellor.expectSeat('available');
    const third = await phones.caller();
    await third.dialHotline('13500135103', '0591');
    await expect(counsellor.incoming).toBeVisible();
    await counsellor.answer();
    await third.hangUp();
    await counsellor.finishWrapUp();

    const supervisor = await playwright.request.newContext({ baseURL: services.baseUrl });
    try {
      expect((await supervisor.post('/api/session', { data: { username: 'supervisor1', password: passwordOf('supervisor1') } })).ok()).toBe(true);
      const { handovers } = (await (await supervisor.get('/api/record-handovers')).json()) as { handovers: RecordHandover[] };
      expect(handovers[0]).toMatchObject({ reason: '来电者挂断，回拨号码未能确认，请督导跟进', riskLevel: 'imminent', handedOverByName: '张咨询员' });
    } finally {
      await supervisor.dispose();
    }
  });
});
