import type { APIRequestContext } from '@playwright/test';
import { expect, passwordOf, test } from './fixtures';
import type { Simulator } from './pages/simulator';

async function signedIn(request: APIRequestContext, username: string): Promise<void> {
  const response = await request.post('/api/session', { data: { username, password: passwordOf(username) } });
  expect(response.ok()).toBe(true);
}

test.describe('seat status drives routing; the shift is counted and handed over', () => {
  test('break, on-call and wrap-up seats are not rung; nobody available means busy; counters and handover', async ({
    phones,
    playwright,
    services,
  }) => {
    const since = new Date().toISOString();
    const admin = await playwright.request.newContext({ baseURL: services.baseUrl });
    await signedIn(admin, 'admin1');
    const settingsUrl = '/api/centres/0591/settings';
    const original = await (await admin.get(settingsUrl)).json();
    // A short wrap-up, so the test can see one run out by itself.
    expect((await admin.put(settingsUrl, { data: { ...original, wrapUpLimitSec: 12 } })).ok()).toBe(true);

    try {
      const a = await phones.counsellor('counsellor1');
      const b = await phones.counsellor('counsellor2');
      const dial = async (number: string): Promise<Simulator> => {
        const caller = await phones.caller();
        await caller.dialHotline(number, '0591');
        return caller;
      };

      // A takes a break: the next call rings B only.
      await a.shift.getByRole('button', { name: '小休' }).click();
      await a.expectSeat('break');
      const first = await dial('13500135001');
      await expect(b.incoming).toBeVisible();
      await expect(a.incoming).toHaveCount(0);
      await b.answer();
      await b.expectSeat('on-call');

      // A is back and B is on a call: the next call rings A.
      await a.shift.getByRole('button', { name: '结束小休，恢复接听' }).click();
      await a.expectSeat('available');
      const second = await dial('13500135002');
      await expect(a.incoming).toBeVisible();
      await expect(b.incoming).toHaveCount(0);
      await a.answer();

      // Both on calls: the caller hears busy.
      const third = await dial('13500135003');
      await expect(third.page.getByText('对方忙')).toBeVisible();

      // A hangs up: A is in wrap-up and is still not rung.
      await second.hangUp();
      await a.expectSeat('wrap-up');
      await expect(a.shift).toContainText(/整理剩余 00:\d\d/);
      const fourth = await dial('13500135004');
      await expect(fourth.page.getByText('对方忙')).toBeVisible();
      await expect(a.incoming).toHaveCount(0);

      // The wrap-up runs out by itself: A takes calls again.
      await expect(a.seatStatus).toHaveAttribute('data-seat-status', 'available', { timeout: 20_000 });
      const fifth = await dial('13500135005');
      await expect(a.incoming).toBeVisible();
      await a.answer();
      await fifth.hangUp();
      await a.page.getByRole('button', { name: '结束整理', exact: true }).click();
      await a.expectSeat('available');
      await first.hangUp();

      // The counters are the calls of this test.
      await expect(a.shift.locator('[data-counter="calls"]')).toHaveText('2');
      await expect(b.shift.locator('[data-counter="calls"]')).toHaveText('1');

      // The supervisor's figures count the two callers who heard busy.
      const supervisor = await playwright.request.newContext({ baseURL: services.baseUrl });
      await signedIn(supervisor, 'supervisor1');
      const stats = await (await supervisor.get(`/api/stats/lines?since=${encodeURIComponent(since)}`)).json();
      expect(stats).toMatchObject({ offered: 5, unanswered: 2 });

      // A clocks out with a note; the next shift sees it at clock-in.
      await a.shift.getByRole('button', { name: '下班打卡' }).click();
      await a.shift.getByLabel('交班留言').fill('135****5001 明早 9 点回访，已约好');
      await a.shift.getByRole('button', { name: '确认下班' }).click();
      await expect(a.shift.getByText('本班次小结')).toBeVisible();
      await expect(a.shift).toContainText('接听 2 通');
      await expect(a.shift.getByText('您尚未上班打卡：打卡后才会接到来电。')).toBeVisible();

      const next = await phones.blankContext();
      await signedIn(next.request, 'supervisor1');
      const page = await next.newPage();
      await page.goto('/workstation');
      await expect(page.getByRole('region', { name: '上一班的交接' })).toContainText('135****5001 明早 9 点回访，已约好');
      await supervisor.dispose();
    } finally {
      await admin.put(settingsUrl, { data: original });
      await admin.dispose();
    }
  });
});
