import { randomUUID } from 'node:crypto';
import { SipCredentials, type SupervisionGrant } from '../src/contract';
import { expect, passwordOf, test } from './fixtures';
import { inviteDirectly } from './support/sip-invite';
import { sipLog, tonesHeard, tonesPlayed } from './support/media-probe';

const [counsellorTone, callerTone, supervisorTone] = [500, 1300, 2100];
const all = [counsellorTone, callerTone, supervisorTone];

/**
 * Supervision on a live call, end to end (real Kamailio, API, Chromium; each party's microphone a
 * tone of its own): what each party hears in each mode, on one call switched listen → whisper →
 * barge → listen; what the counsellor's screen says; a forged and a replayed grant refused while
 * the caller's call goes on; the call's end ending the supervision on both screens.
 */
test('supervision: listen, whisper and barge reach exactly whom they should; forged and replayed grants are refused; it ends with the call', async ({
  phones,
}) => {
  test.slow();
  const board = await phones.supervisor('supervisor1', { tone: supervisorTone });
  const { counsellor, caller } = await phones.answeredCall('13600136101', {
    counsellorVoice: { tone: counsellorTone },
    callerVoice: { tone: callerTone },
  });
  const grantIssued = board.page.waitForResponse((response) => response.url().endsWith('/api/supervision') && response.request().method() === 'POST');
  await board.listenTo('张咨询员');
  const grant = (await (await grantIssued).json()) as SupervisionGrant;
  await expect(counsellor.supervisionBanner).toContainText('陈督导 正在监听本通话');

  // Listen: the supervisor hears both; nobody hears the supervisor.
  await expect.poll(() => tonesHeard(board.page, all), { timeout: 15_000 }).toEqual([[counsellorTone, callerTone]]);
  expect(await tonesHeard(caller.page, all)).toEqual([[counsellorTone]]);
  expect(await tonesPlayed(counsellor.page, all)).toEqual([callerTone]);

  // Whisper: the counsellor hears the supervisor, the caller still does not.
  const signalled = (await sipLog(counsellor.page)).length;
  await board.switchMode('whisper');
  await expect(counsellor.supervisionBanner).toContainText('陈督导 正在指导本通话');
  await expect.poll(() => tonesPlayed(counsellor.page, all), { timeout: 15_000 }).toEqual([callerTone, supervisorTone]);
  expect(await tonesHeard(caller.page, all)).toEqual([[counsellorTone]]);

  // Barge: everyone hears both others.
  await board.switchMode('barge');
  await expect(counsellor.supervisionBanner).toContainText('陈督导 已介入本通话');
  await expect.poll(() => tonesHeard(caller.page, all), { timeout: 15_000 }).toEqual([[counsellorTone, supervisorTone]]);
  expect(await tonesPlayed(counsellor.page, all)).toEqual([callerTone, supervisorTone]);
  expect(await tonesHeard(board.page, all)).toEqual([[counsellorTone, callerTone]]);

  // Back to listen: the supervisor's voice leaves the caller and the counsellor again.
  await board.switchMode('listen');
  await expect(counsellor.supervisionBanner).toContainText('陈督导 正在监听本通话');
  await expect.poll(() => tonesHeard(caller.page, all), { timeout: 15_000 }).toEqual([[counsellorTone]]);
  expect(await tonesPlayed(counsellor.page, all)).toEqual([callerTone]);
  // Three mode changes, no call placed or renegotiated: only the mix's gains moved.
  expect((await sipLog(counsellor.page)).slice(signalled).filter((stamp) => stamp.line.startsWith('INVITE'))).toEqual([]);

  // A made-up grant, and the real one sent again, from a SIP client outside any browser: refused.
  const trainer = await phones.blankContext();
  expect((await trainer.request.post('/api/session', { data: { username: 'trainer1', password: passwordOf('trainer1') } })).ok()).toBe(true);
  const issued = await trainer.request.post('/api/sip/credentials', { data: { tabId: 'forger-tab-00001', asNumber: '12320' } });
  const credentials = SipCredentials.parse(await issued.json());
  const forge = (header: string) => inviteDirectly({ ...credentials, to: grant.extension, headers: [`X-Supervision: ${header}`] });
  expect(await forge(`${randomUUID()};token=${'f'.repeat(43)}`)).toBe(403);
  expect(await forge(`${grant.id};token=${grant.token}`)).toBe(403);
  await expect(caller.call).toHaveAttribute('data-call-phase', 'active');
  await expect(counsellor.supervisionBanner).toContainText('陈督导 正在监听本通话');

  // Nobody else gets a grant for this call: Xiamen's supervisor is told it does not exist, a
  // counsellor may not supervise at all.
  for (const [username, status] of [['supervisor2', 404], ['counsellor2', 403]] as const) {
    const other = await phones.blankContext();
    expect((await other.request.post('/api/session', { data: { username, password: passwordOf(username) } })).ok()).toBe(true);
    expect((await other.request.post('/api/supervision', { data: { callId: grant.callId, mode: 'listen' } })).status()).toBe(status);
  }

  // The caller hangs up: the supervision ends on both screens.
  await caller.hangUp();
  await expect(counsellor.supervisionBanner).toHaveCount(0);
  await expect(board.supervision).toContainText('张咨询员 的通话已结束或督导线路已断开，本次督导结束。');
  await counsellor.finishWrapUp();
});
