import { act, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../contract';
import { mockEndpoint } from '../../mocks/endpoint-handler';
import { mockServer } from '../../mocks/node';
import { renderWithApp, signInAs } from '../../test/render';
import { loadTrainingMessages } from '../../i18n';
import { FakeTelephony } from '../../telephony';
import { CallerSimulator } from './CallerSimulator';

// The simulator's messages come with the trainer's screens, as in the app.
beforeAll(() => loadTrainingMessages());

async function dialledHotline() {
  signInAs('trainer1');
  const telephony = new FakeTelephony();
  const view = renderWithApp(<CallerSimulator />, { telephony });
  const dial = await screen.findByRole('button', { name: '拨打 12356' });
  await view.user.click(dial);
  const call = telephony.store.getState().calls.at(-1);
  if (!call) throw new Error('the simulator placed no call');
  return { ...view, callId: call.id };
}

describe('the caller simulator says why the hotline turned a call away', () => {
  it.each([
    [480, '无人值班', '此线路现在没有咨询员上班打卡，或都在小休。请先让咨询员登录工作台并上班打卡。'],
    [486, '咨询员都在忙', '值班的咨询员都在通话或话后整理中，请稍后再拨。'],
    [408, '无人接听', '值班的咨询员都已振铃，但没有人接听。'],
    [404, '线路未开通', '这个区号没有开通 12356 中心。'],
    [503, '系统故障', '交换机暂时联系不上工作台服务器，请通知管理员。'],
    [403, '呼叫未能接通', '交换机拒绝了这通呼叫。'],
  ])('SIP %i: %s', async (status, title, detail) => {
    const { telephony, callId } = await dialledHotline();
    act(() => telephony.simulateRejected(callId, status));
    const notice = (await screen.findByText(title)).closest('[role="status"]');
    expect(notice).toHaveTextContent(`${title}${detail}交换机应答：SIP ${status}`);
  });

  it('says nothing of the hotline when the simulator hung up before an answer', async () => {
    const { telephony, callId } = await dialledHotline();
    act(() => telephony.simulateRejected(callId, 487));
    expect(await screen.findByText('无人接听')).toBeInTheDocument();
    expect(screen.queryByText(/交换机应答/)).not.toBeInTheDocument();
  });
});

describe('the caller simulator in the hotline queue', () => {
  it('shows the place in line while the line holds the call, and nothing once it is answered', async () => {
    let position = 3;
    mockServer.use(
      mockEndpoint(api.queuePosition, ({ query }) => {
        expect(query.callId).toMatch(/@/);
        return { state: 'waiting', position, waitingSince: new Date().toISOString() };
      }),
    );
    const { telephony, callId } = await dialledHotline();
    act(() => telephony.simulateProgress(callId, 182));
    expect(await screen.findByText('排队中 · 您前面还有 2 位')).toBeInTheDocument();
    position = 1;
    expect(await screen.findByText('排队中 · 下一位就是您', {}, { timeout: 4000 })).toBeInTheDocument();
    act(() => telephony.simulateRemoteAnswer(callId));
    expect(screen.queryByText(/排队中/)).not.toBeInTheDocument();
  });
});
