import type { APIRequestContext, PlaywrightWorkerArgs } from '@playwright/test';
import { expect, passwordOf, test, type Phones } from './fixtures';
import type { Simulator } from './pages/simulator';
import { Workstation } from './pages/workstation';

async function signedIn(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, username: string): Promise<APIRequestContext> {
  const request = await playwright.request.newContext({ baseURL });
  const response = await request.post('/api/session', { data: { username, password: passwordOf(username) } });
  expect(response.ok()).toBe(true);
  return request;
}

/** A new caller dialling the Fuzhou line. */
async function dialFuzhou(phones: Phones, callerNumber: string): Promise<Simulator> {
  const caller = await phones.caller();
  await caller.dialHotline(callerNumber, '0591');
  return caller;
}

test.describe('seat status drives routing; the shift is counted and handed over', () => {
  test('a seat on break is not rung, the available colleague is; back from break, it is rung again', async ({ phones }) => {
    const a = await phones.counsellor('counsellor1');
    const b = await phones.counsellor('counsellor2');

    await a.shift.getByRole('button', { name: '小休' }).click();
    await a.expectSeat('break');
    const first = await dialFuzhou(phones, '13500135001');
    await expect(b.incoming).toBeVisible();
    await expect(a.incoming).toHaveCount(0);
    await b.answer();
    await b.expectSeat('on-call');

    // A is back and B is on a call: the next call rings A.
    await a.shift.getByRole('button', { name: '结束小休，恢复接听' }).click();
    await a.expectSeat('available');
    const second = await dialFuzhou(phones, '13500135002');
    await expect(a.incoming).toBeVisible();
    await expect(b.incoming).toHaveCount(0);
    await a.answer();
    await second.hangUp();
    await first.hangUp();
  });

  test('the README walk-through: signed in but not clocked in, the simulator is told nobody is on duty; clocked in, the seat rings', async ({
    phones,
  }) => {
    const context = await phones.blankContext();
    const signIn = await context.request.post('/api/session', { data: { username: 'counsellor1', password: passwordOf('counsellor1') } });
    expect(signIn.ok()).toBe(true);
    const counsellor = new Workstation(await context.newPage());
    await counsellor.open();
    await counsellor.expectReady();

    const caller = await dialFuzhou(phones, '13500135009');
    await expect(caller.ended).toContainText('无人值班');
    await expect(caller.ended).toContainText('SIP 480');
    await expect(counsellor.incoming).toHaveCount(0);

    await counsellor.shift.getByRole('button', { name: '上班打卡，开始接听' }).click();
    await counsellor.expectSeat('available');
    await caller.dialHotline('13500135009', '0591');
    await expect(counsellor.incoming).toBeVisible();
    // Decline is apart from answer and takes a second step, which does not move answer either.
    const answer = counsellor.incoming.getByRole('button', { name: /^接听/ });
    const before = await answer.boundingBox();
    const decline = await counsellor.incoming.getByRole('button', { name: /^拒接/ }).boundingBox();
    expect((decline?.x ?? 0) - ((before?.x ?? 0) + (before?.width ?? 0))).toBeGreaterThan(100);
    expect(decline?.height).toBeLessThan(before?.height ?? 0);
    await counsellor.incoming.getByRole('button', { name: /^拒接/ }).click();
    await expect(counsellor.incoming.getByRole('button', { name: /^确认拒接/ })).toBeVisible();
    expect(await answer.boundingBox()).toEqual(before);
    // Declined, and nobody else on duty: rung, not answered.
    await counsellor.incoming.getByRole('button', { name: /^确认拒接/ }).click();
    await expect(counsellor.incoming).toHaveCount(0);
    // The first call's notice may still be on screen: the newest is last.
    await expect(caller.ended.last()).toContainText('无人接听');
    await expect(caller.ended.last()).toContainText('SIP 408');
  });

  test('nobody available: the caller waits in the queue, and the supervisor’s figures count the call as unanswered', async ({
    phones,
    playwright,
    services,
  }) => {
    const since = new Date().toISOString();
    const { counsellor, caller } = await phones.answeredCall('13500135003', { areaCode: '0591' });
    await counsellor.expectSeat('on-call');
    const unlucky = await dialFuzhou(phones, '13500135008');
    await expect(unlucky.queued).toBeVisible();
    await expect(counsellor.incoming).toHaveCount(0);
    await unlucky.hangUp();
    await caller.hangUp();

    const supervisor = await signedIn(playwright, services.baseUrl, 'supervisor1');
    const stats = await (await supervisor.get(`/api/stats/lines?since=${encodeURIComponent(since)}`)).json();
    expect(stats).toMatchObject({ offered: 2, unanswered: 1 });
    await supervisor.dispose();
  });

  test('a seat in wrap-up is not rung; the wrap-up runs out by itself and the seat takes calls again', async ({
    phones,
    playwright,
    services,
  }) => {
    const admin = await signedIn(playwright, services.baseUrl, 'admin1');
    const settingsUrl = '/api/centres/0591/settings';
    const original = await (await admin.get(settingsUrl)).json();
    // A short wrap-up, so the test can see one run out by itself.
    expect((await admin.put(settingsUrl, { data: { ...original, wrapUpLimitSec: 12 } })).ok()).toBe(true);
    try {
      const { counsellor: a, caller: first } = await phones.answeredCall('13500135004', { areaCode: '0591' });
      await first.hangUp();
      await a.expectSeat('wrap-up');
      await expect(a.shift).toContainText(/整理剩余 00:\d\d/);
      const second = await dialFuzhou(phones, '13500135005');
      await expect(second.queued).toBeVisible();
      await expect(a.incoming).toHaveCount(0);
      await second.hangUp();

      await expect(a.seatStatus).toHaveAttribute('data-seat-status', 'available', { timeout: 20_000 });
      const third = await dialFuzhou(phones, '13500135006');
      await expect(a.incoming).toBeVisible();
      await a.answer();
      await third.hangUp();
      await a.finishWrapUp();
      await a.expectSeat('available');
      // The shift's counter is the calls of this test.
      await expect(a.shift.locator('[data-counter="calls"]')).toHaveText('2');
    } finally {
      await admin.put(settingsUrl, { data: original });
      await admin.dispose();
    }
  });

  test('clock-out with a handover note shows the shift summary; the next shift sees the note', async ({ phones }) => {
    const { counsellor: a, caller } = await phones.answeredCall('13500135007', { areaCode: '0591' });
    await caller.hangUp();
    await a.finishWrapUp();

    await a.shift.getByRole('button', { name: '下班打卡' }).click();
    await a.shift.getByLabel('交班留言').fill('135****5007 明早 9 点回访，已约好');
    await a.shift.getByRole('button', { name: '确认下班' }).click();
    await expect(a.shift.getByText('本班次小结')).toBeVisible();
    await expect(a.shift).toContainText('接听 1 通');
    await expect(a.shift.getByText('您尚未上班打卡：打卡后才会接到来电。')).toBeVisible();

    const next = await phones.blankContext();
    const signIn = await next.request.post('/api/session', { data: { username: 'supervisor1', password: passwordOf('supervisor1') } });
    expect(signIn.ok()).toBe(true);
    const page = await next.newPage();
    await page.goto('/workstation');
    await expect(page.getByRole('region', { name: '上一班的交接' })).toContainText('135****5007 明早 9 点回访，已约好');
  });
});
