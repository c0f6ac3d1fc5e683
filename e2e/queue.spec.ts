import { randomUUID } from 'node:crypto';
import type { APIRequestContext, PlaywrightWorkerArgs } from '@playwright/test';
import { highRiskIntake } from '../server/testing/contacts';
import { expect, passwordOf, test } from './fixtures';

async function signedIn(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string, username: string): Promise<APIRequestContext> {
  const request = await playwright.request.newContext({ baseURL });
  expect((await request.post('/api/session', { data: { username, password: passwordOf(username) } })).ok()).toBe(true);
  return request;
}

/** A Xiamen colleague's high-risk record of this number, handed to a supervisor: a recent high-risk caller. */
async function recentHighRiskCaller(request: APIRequestContext, callerNumber: string): Promise<void> {
  const id = randomUUID();
  const started = await request.post('/api/contacts', {
    data: { id, callId: `earlier-${id}`, dialled: '059212356', callerNumber, answeredAt: new Date().toISOString() },
  });
  expect(started.ok()).toBe(true);
  expect((await request.put(`/api/contacts/${id}/intake`, { data: { revision: 1, intake: highRiskIntake() } })).ok()).toBe(true);
  expect((await request.post(`/api/contacts/${id}/handover`, { data: { reason: '来电者挂断，请督导回访' } })).ok()).toBe(true);
}

test('call queue: callers wait in line; the longest wait, then a recent high-risk caller, then overflow to Xiamen', async ({
  phones,
  playwright,
  services,
}) => {
  test.setTimeout(120_000);
  const admin = await signedIn(playwright, services.baseUrl, 'admin1');
  const settingsUrl = '/api/centres/0591/settings';
  const original = await (await admin.get(settingsUrl)).json();
  // Fuzhou's callers may go to Xiamen after 5 s of waiting (the shortest the settings allow).
  expect((await admin.put(settingsUrl, { data: { ...original, overflowAfterSec: 5, overflowCentres: ['0592'], recentRiskFirst: true } })).ok()).toBe(true);
  const xiamen = await signedIn(playwright, services.baseUrl, 'counsellor3');
  await recentHighRiskCaller(xiamen, '13500135306');
  await xiamen.delete('/api/session');
  try {
    // Both Fuzhou counsellors on a call.
    const { counsellor: a, caller: onA } = await phones.answeredCall('13500135301', { areaCode: '0591', counsellor: 'counsellor1' });
    const b = await phones.counsellor('counsellor2');
    const onB = await phones.caller();
    await onB.dialHotline('13500135302', '0591');
    await b.answer();

    // Three callers wait, each told their place.
    const [first, second, third] = [await phones.caller(), await phones.caller(), await phones.caller()];
    await first.dialHotline('13500135303', '0591');
    await expect(first.queued).toContainText('下一位就是您');
    await second.dialHotline('13500135304', '0591');
    await expect(second.queued).toContainText('您前面还有 1 位');
    await third.dialHotline('13500135305', '0591');
    await expect(third.queued).toContainText('您前面还有 2 位');

    // One gives up: the caller behind moves up.
    await second.hangUp();
    await expect(third.queued).toContainText('您前面还有 1 位');

    // A finishes the call and its write-up: the longest-waiting caller rings A, not the newest.
    await onA.hangUp();
    await a.finishWrapUp();
    await expect(a.incoming).toBeVisible();
    await a.answer();
    await expect(first.call).toHaveAttribute('data-call-phase', 'active');
    await expect(third.queued).toContainText('下一位就是您');

    // A caller whose record was high risk last week joins last and goes first.
    const risky = await phones.caller();
    await risky.dialHotline('13500135306', '0591');
    await expect(risky.queued).toContainText('下一位就是您');
    await expect(third.queued).toContainText('您前面还有 1 位');
    await onB.hangUp();
    await b.finishWrapUp();
    await b.answer();
    await expect(risky.call).toHaveAttribute('data-call-phase', 'active');

    // Xiamen takes Fuzhou's overflow: the caller waiting past 5 s rings Xiamen's counsellor.
    const overflow = await phones.counsellor('counsellor3');
    await expect(overflow.incoming).toBeVisible();
    await overflow.answer();
    await expect(third.call).toHaveAttribute('data-call-phase', 'active');
    for (const caller of [first, risky, third]) await caller.hangUp();
  } finally {
    await admin.put(settingsUrl, { data: original });
    await admin.dispose();
    await xiamen.dispose();
  }
});
