import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSupervisorMessages, setLanguage } from '../../i18n';
import { mockData, type MockLiveCall } from '../../mocks';
import { renderWithApp, signInAs } from '../../test/render';
import { FakeTelephony } from '../../telephony';
import { SupervisorConsole } from './SupervisorConsole';
import { boardSeat, feedLive } from './console-fixtures';

beforeAll(() => loadSupervisorMessages());

const sunsCall: MockLiveCall = { callId: 'call-8003', staffId: 'staff-8003', counsellorName: '孙三', extension: '8003', areaCode: '0591' };
const sunOnCall = () => boardSeat('孙三', '8003', {}, { risk: 'imminent', answeredSecAgo: 200 });

function renderConsole(liveCalls: MockLiveCall[] = [sunsCall]) {
  signInAs('supervisor1');
  mockData.liveCalls = liveCalls;
  const telephony = new FakeTelephony();
  void telephony.connect({ wsUrl: 'ws://127.0.0.1:8357', domain: '12356.local', registerExpiresSec: 300, placesCallsOnly: true });
  const phone = { credentialsFailed: false, reconnect: () => undefined };
  const rendered = renderWithApp(<SupervisorConsole areaCode="0591" supervision={{ supervisorName: '李督导', phone }} />, { telephony });
  feedLive(rendered.queryClient, { seats: [sunOnCall(), boardSeat('周五', '8005')] });
  return rendered;
}

const panel = () => screen.getByRole('region', { name: '督导通话' });
const supervisingLeg = (telephony: FakeTelephony) => telephony.store.getState().calls.find((call) => call.leg === 'supervising');
const onlySupervision = () => [...mockData.supervisions.values()].map((kept) => kept.supervision);

/** What the counsellor's phone does before it takes the supervisor's call: the API vouches for the grant. */
function vouchedForBySeat() {
  for (const kept of mockData.supervisions.values()) kept.supervision = { ...kept.supervision, state: 'live', startedAt: new Date().toISOString() };
}

/** Clicks listen on 孙三's call and lets the counsellor's seat take the supervision call. */
async function listenToSun(rendered: ReturnType<typeof renderConsole>) {
  await rendered.user.click(await screen.findByRole('button', { name: '监听 孙三' }));
  await within(panel()).findByText('正在接入 孙三 的通话…');
  const leg = supervisingLeg(rendered.telephony);
  if (!leg) throw new Error('nothing dialled');
  vouchedForBySeat();
  rendered.telephony.simulateRemoteAnswer(leg.id);
  await within(panel()).findByText('正在督导 孙三 的通话');
  return leg.id;
}

describe('supervising a live call from the board', () => {
  it('offers listen, whisper and barge on live calls only, each naming the counsellor', async () => {
    renderConsole();
    const row = await screen.findByRole('row', { name: '孙三（8003）' });
    expect(within(row).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual(['监听 孙三', '指导 孙三', '介入 孙三']);
    expect(within(screen.getByRole('row', { name: '周五（8005）' })).queryAllByRole('button')).toEqual([]);
    // Nothing to show yet: the panel keeps its room for the alerts.
    expect(screen.queryByRole('region', { name: '督导通话' })).toBeNull();
  });

  it('one click on listen: the API issues a grant for that call, and the phone dials the counsellor’s seat with it', async () => {
    const rendered = renderConsole();
    await listenToSun(rendered);
    expect(onlySupervision()).toMatchObject([{ callId: 'call-8003', mode: 'listen', supervisorName: '李督导', state: 'live' }]);
    expect(rendered.telephony.commands).toContain('supervise:8003:listen');
    expect(supervisingLeg(rendered.telephony)?.supervision).toMatchObject({ id: onlySupervision()[0]?.id, supervisorName: '李督导', mode: 'listen' });
    expect(within(panel()).getByRole('status')).toHaveTextContent(/当前方式：监听 · 已督导 00:0\d/);
    expect(panel()).toHaveTextContent('您能听到来电者和咨询员，双方都听不到您');
    // One supervision at a time: the board's buttons wait until this one is over.
    expect(screen.getByRole('button', { name: '指导 孙三' })).toBeDisabled();
  });

  it('switches mode through the API and then the call, without dialling again', async () => {
    const rendered = renderConsole();
    const leg = await listenToSun(rendered);
    expect(within(panel()).queryByRole('button', { name: '切换为监听' })).toBeNull();
    await rendered.user.click(within(panel()).getByRole('button', { name: '切换为指导' }));
    expect(await within(panel()).findByText(/当前方式：指导/)).toBeInTheDocument();
    expect(onlySupervision()[0]?.mode).toBe('whisper');
    expect(rendered.telephony.commands.filter((command) => command.startsWith('supervis'))).toEqual(['supervise:8003:listen', `supervision-mode:${leg}:whisper`]);
    await rendered.user.click(within(panel()).getByRole('button', { name: '切换为介入' }));
    expect(await within(panel()).findByText(/当前方式：介入/)).toBeInTheDocument();
    expect(panel()).toHaveTextContent('三方互相都能听到');
  });

  it('takes a switch back when the call cannot carry it, so the API and the counsellor’s phone agree', async () => {
    const rendered = renderConsole();
    await listenToSun(rendered);
    rendered.telephony.setSupervisionMode = () => Promise.reject(new Error('info-failed'));
    await rendered.user.click(within(panel()).getByRole('button', { name: '切换为介入' }));
    expect(await within(panel()).findByRole('alert')).toHaveTextContent('切换未成功，仍为监听。');
    expect(onlySupervision()[0]?.mode).toBe('listen');
    expect(within(panel()).getByText(/当前方式：监听/)).toBeInTheDocument();
  });

  it('leaves: hangs up, tells the API, and says so until dismissed', async () => {
    const rendered = renderConsole();
    const leg = await listenToSun(rendered);
    await rendered.user.click(within(panel()).getByRole('button', { name: '退出督导' }));
    expect(await within(panel()).findByText('您已退出对 孙三 的督导。')).toBeInTheDocument();
    expect(rendered.telephony.commands).toContain(`hangup:${leg}`);
    await expect.poll(() => onlySupervision()[0]).toMatchObject({ state: 'ended', endReason: 'supervisor-left' });
    expect(within(panel()).queryByRole('button', { name: '切换为指导' })).toBeNull();
    expect(screen.getByRole('button', { name: '监听 孙三' })).toBeEnabled();
    await rendered.user.click(within(panel()).getByRole('button', { name: '知道了' }));
    expect(screen.queryByRole('region', { name: '督导通话' })).toBeNull();
  });

  it('ends when the counsellor’s phone hangs the supervision call up', async () => {
    const rendered = renderConsole();
    const leg = await listenToSun(rendered);
    rendered.telephony.simulateRemoteHangUp(leg);
    expect(await within(panel()).findByText('孙三 的通话已结束或督导线路已断开，本次督导结束。')).toBeInTheDocument();
    expect(within(panel()).queryByRole('button', { name: '退出督导' })).toBeNull();
  });

  it('ends when the board shows the call over, and hangs up a supervision call nobody else ended', async () => {
    const rendered = renderConsole();
    const leg = await listenToSun(rendered);
    feedLive(rendered.queryClient, { seats: [boardSeat('孙三', '8003', { status: 'wrap-up', wrapUpEndsAt: new Date(Date.now() + 60_000).toISOString() })] });
    expect(await within(panel()).findByText('孙三 的通话已结束或督导线路已断开，本次督导结束。')).toBeInTheDocument();
    expect(rendered.telephony.commands).toContain(`hangup:${leg}`);
  });

  it('ends when the API ends it: the board showed this supervisor on the call, and no longer does', async () => {
    const rendered = renderConsole();
    await listenToSun(rendered);
    feedLive(rendered.queryClient, { seats: [boardSeat('孙三', '8003', {}, { risk: 'imminent', answeredSecAgo: 210, supervisedBy: { name: '李督导', mode: 'listen' } })] });
    expect(await screen.findByText('李督导 监听中')).toBeInTheDocument();
    expect(within(panel()).getByRole('button', { name: '退出督导' })).toBeInTheDocument();
    feedLive(rendered.queryClient, { seats: [sunOnCall()] });
    expect(await within(panel()).findByText(/本次督导结束/)).toBeInTheDocument();
  });

  it('says so when the counsellor’s seat refuses the supervision call', async () => {
    const rendered = renderConsole();
    await rendered.user.click(await screen.findByRole('button', { name: '介入 孙三' }));
    const leg = supervisingLeg(rendered.telephony);
    if (!leg) throw new Error('nothing dialled');
    rendered.telephony.simulateRejected(leg.id, 403);
    expect(await within(panel()).findByRole('alert')).toHaveTextContent('孙三 的坐席未接入督导（核验未通过或无法接通），来电者的通话不受影响。');
  });

  it.each([
    ['a call of another centre', [{ ...sunsCall, areaCode: '0592' }], '找不到这通正在进行的本中心来电（可能已经结束），无法接入督导。'],
    ['a call that is no longer live', [], '找不到这通正在进行的本中心来电（可能已经结束），无法接入督导。'],
  ])('shows the API’s refusal (%s) and dials nothing', async (_case, liveCalls, message) => {
    const rendered = renderConsole(liveCalls);
    await rendered.user.click(await screen.findByRole('button', { name: '监听 孙三' }));
    expect(await within(panel()).findByRole('alert')).toHaveTextContent(message);
    expect(supervisingLeg(rendered.telephony)).toBeUndefined();
    expect(mockData.supervisions.size).toBe(0);
  });

  it('asks for no grant while the phone is not connected', async () => {
    const rendered = renderConsole();
    rendered.telephony.simulateRegistration({ status: 'connecting', attempt: 1 });
    await rendered.user.click(await screen.findByRole('button', { name: '监听 孙三' }));
    expect(await within(panel()).findByRole('alert')).toHaveTextContent('督导电话尚未连接，暂时无法接入。');
    expect(mockData.supervisions.size).toBe(0);
    expect(supervisingLeg(rendered.telephony)).toBeUndefined();
  });

  it('says when another supervisor is on the call already', async () => {
    const first = renderConsole();
    await listenToSun(first);
    first.unmount();
    const rendered = renderConsole();
    await rendered.user.click(await screen.findByRole('button', { name: '介入 孙三' }));
    expect(await within(panel()).findByRole('alert')).toHaveTextContent('已有其他督导在督导这通来电。');
    expect(supervisingLeg(rendered.telephony)).toBeUndefined();
  });

  it('speaks English', async () => {
    const rendered = renderConsole();
    await screen.findByRole('button', { name: '监听 孙三' });
    await setLanguage('en');
    await rendered.user.click(screen.getByRole('button', { name: 'Listen to 孙三' }));
    const leg = supervisingLeg(rendered.telephony);
    if (!leg) throw new Error('nothing dialled');
    rendered.telephony.simulateRemoteAnswer(leg.id);
    const region = await screen.findByRole('region', { name: 'Supervision' });
    expect(await within(region).findByText('Supervising 孙三’s call')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Switch to whisper' })).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Leave supervision' })).toBeInTheDocument();
  });
});
