import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp, signInAs } from '../../test/render';
import { FakeTelephony } from '../../telephony';
import { IncomingCallBand } from './IncomingCallBand';
import { Softphone } from './Softphone';

async function ringingWorkstation() {
  signInAs('counsellor1');
  const telephony = new FakeTelephony();
  const view = renderWithApp(
    <>
      <IncomingCallBand callerContext={() => <p>曾来电 2 次</p>} />
      <textarea aria-label="来电登记表的摘要" />
      <Softphone />
    </>,
    { telephony },
  );
  expect(await screen.findByText('电话已就绪，可以接听')).toBeInTheDocument();
  return view;
}

describe('the incoming-call band', () => {
  it('shows a ringing call as a band with its line, the caller masked and what is known of them, and says it aloud', async () => {
    const { telephony } = await ringingWorkstation();
    const announcer = document.querySelector('[aria-live="assertive"]');
    expect(announcer).toHaveTextContent('');
    act(() => void telephony.simulateIncoming('13800138000', '059112356'));
    const alert = await screen.findByRole('alertdialog', { name: '来电' });
    expect(alert).toHaveAttribute('data-incoming-call', 'band');
    expect(alert).toHaveAccessibleDescription('线路：0591 12356（福州）');
    expect(within(alert).getByText('来电号码：138****8000')).toBeInTheDocument();
    expect(within(alert).getByText('曾来电 2 次')).toBeInTheDocument();
    expect(announcer).toHaveTextContent('来电：0591 12356（福州）。按 Alt+A 接听。');
    expect(document.body).not.toHaveTextContent('13800138000');
  });

  it('stays, its buttons waiting, from the answer until the caller is heard', async () => {
    const { telephony, user } = await ringingWorkstation();
    telephony.audioOnAnswer = false;
    let callId = '';
    act(() => void (callId = telephony.simulateIncoming('13800138000', '059112356')));
    const alert = await screen.findByRole('alertdialog', { name: '来电' });
    await user.click(within(alert).getByRole('button', { name: /^接听/ }));
    expect(await screen.findByText('通话中')).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: /^接听/ })).toBeDisabled();
    act(() => telephony.simulateAudioFlowing(callId));
    expect(screen.queryByRole('alertdialog', { name: '来电' })).not.toBeInTheDocument();
  });

  it('puts focus on answer when the counsellor is not typing', async () => {
    const { telephony } = await ringingWorkstation();
    act(() => void telephony.simulateIncoming('13800138000'));
    const alert = await screen.findByRole('alertdialog');
    expect(within(alert).getByRole('button', { name: /^接听/ })).toHaveFocus();
  });

  it('leaves the cursor, and the word being typed, where they are', async () => {
    const { telephony, user } = await ringingWorkstation();
    const summary = screen.getByLabelText('来电登记表的摘要');
    await user.click(summary);
    await user.keyboard('失眠');
    act(() => void telephony.simulateIncoming('13800138000'));
    await screen.findByRole('alertdialog');
    expect(summary).toHaveFocus();
    await user.keyboard('两周 ');
    expect(summary).toHaveValue('失眠两周 ');
    expect(telephony.commands.some((command) => command.startsWith('answer:'))).toBe(false);
  });

  it('keeps decline small and apart, and asks to confirm it; cancelling keeps the call ringing', async () => {
    const { telephony, user } = await ringingWorkstation();
    let callId = '';
    act(() => {
      callId = telephony.simulateIncoming('13800138000');
    });
    const alert = await screen.findByRole('alertdialog');
    const answer = within(alert).getByRole('button', { name: /^接听/ });
    const decline = within(alert).getByRole('button', { name: /^拒接…/ });
    expect(answer.className).toContain('text-lg');
    expect(decline.className).not.toContain('text-lg');
    expect(decline.closest('div')).not.toContain(answer);

    await user.click(decline);
    expect(telephony.commands).not.toContain(`decline:${callId}`);
    const confirm = within(alert).getByRole('group', { name: '确定拒接这通来电？' });
    expect(within(confirm).getByRole('button', { name: '取消' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alertdialog')).toBeInTheDocument();
    expect(within(alert).getByRole('button', { name: /^拒接…/ })).toHaveFocus();

    // By keyboard alone: open the step, move to the confirm button, press it.
    await user.keyboard('{Enter}');
    await user.tab();
    expect(within(alert).getByRole('button', { name: /^确认拒接/ })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(telephony.commands).toContain(`decline:${callId}`);
    expect(await screen.findByText('已拒接')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
