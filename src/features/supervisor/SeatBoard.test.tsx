import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLanguage, loadSupervisorMessages } from '../../i18n';
import { renderWithApp, signInAs } from '../../test/render';
import { SupervisorConsole } from './SupervisorConsole';
import { ago, boardSeat, feedLive } from './console-fixtures';

beforeAll(() => loadSupervisorMessages());

function renderBoard() {
  signInAs('supervisor1');
  const rendered = renderWithApp(<SupervisorConsole areaCode="0591" />);
  feedLive(rendered.queryClient, {
    seats: [
      boardSeat('赵六', '8006', { status: 'break', breakKind: 'debrief', since: ago(60) }),
      { ...boardSeat('陈十', '8010'), trainee: true },
      boardSeat('钱二', '8002', {}, { risk: 'moderate', answeredSecAgo: 1500 }),
      boardSeat('孙三', '8003', {}, { risk: 'imminent', answeredSecAgo: 200, supervisedBy: { name: '李督导', mode: 'listen' } }),
      boardSeat('李四', '8004', { status: 'wrap-up', wrapUpEndsAt: new Date(Date.now() + 45_500).toISOString() }),
      { ...boardSeat('周五', '8005', {}, { risk: 'high', answeredSecAgo: 3000 }, ['continuous-talk']), protocolMissesToday: 2 },
      boardSeat('吴七', '8007', { status: 'offline' }),
      boardSeat('郑八', '8008', {}, { risk: 'moderate', answeredSecAgo: 2000 }),
      // Just hung up on an imminent call: the ended call may still ride along with the seat.
      boardSeat('冯九', '8009', { status: 'wrap-up', wrapUpEndsAt: new Date(Date.now() + 100_000).toISOString() }, { risk: 'imminent', answeredSecAgo: 900 }),
    ],
  });
  return rendered;
}

const rows = () => within(screen.getByRole('region', { name: '坐席状态' })).getAllByRole('row').slice(1);

describe('the seat board', () => {
  it('puts live calls first by clinical risk, then the longer call, then the seats not on a call', async () => {
    renderBoard();
    await screen.findByRole('row', { name: '孙三（8003）' });
    expect(rows().map((row) => row.getAttribute('aria-label'))).toEqual([
      '孙三（8003）',
      '周五（8005）',
      '郑八（8008）',
      '钱二（8002）',
      '陈十（8010）',
      '李四（8004）',
      '冯九（8009）',
      '赵六（8006）',
      '吴七（8007）',
    ]);
  });

  it('shows each call’s line, duration and risk level in the counsellor form’s words, and who supervises it', async () => {
    renderBoard();
    const row = await screen.findByRole('row', { name: '孙三（8003）' });
    expect(row).toHaveTextContent(/0591 12356（福州） · 03:[12]\d/);
    const risk = row.querySelector('[data-risk-level]');
    expect(risk).toHaveAttribute('data-risk-level', 'imminent');
    expect(risk).toHaveTextContent('紧急');
    expect(row).toHaveTextContent('李督导 监听中');
    expect(screen.getByRole('row', { name: '周五（8005）' })).toHaveTextContent('连续通话过久');
    // Today's completed records with protocol misses, per counsellor.
    expect(screen.getByRole('row', { name: '周五（8005）' })).toHaveTextContent('2 份记录');
    expect(row).not.toHaveTextContent('份记录');
  });

  it('marks a trainee not signed off: an available seat that takes no real call', async () => {
    renderBoard();
    const trainee = await screen.findByRole('row', { name: '陈十（8010）' });
    expect(trainee).toHaveTextContent('学员 · 未通过考核，不接真实来电');
    expect(screen.getByRole('row', { name: '钱二（8002）' })).not.toHaveTextContent('学员');
  });

  it('counts wrap-up and a debrief break down, and shows who has not clocked in', async () => {
    renderBoard();
    expect(await screen.findByRole('row', { name: '李四（8004）' })).toHaveTextContent(/话后整理，剩余 00:4[45]/);
    // The centre's debrief break is 5 minutes (the mock API's settings); one has gone.
    expect(await within(screen.getByRole('row', { name: '赵六（8006）' })).findByText(/小休（危机后），剩余 0[34]:[0-9]{2}/)).toBeInTheDocument();
    expect(screen.getByRole('row', { name: '吴七（8007）' })).toHaveTextContent('未上班');
    // A call that has ended is no live call: no line, no duration, no risk level on the board.
    const wrappingUp = screen.getByRole('row', { name: '冯九（8009）' });
    expect(wrappingUp).toHaveTextContent(/话后整理，剩余 01:[34]\d/);
    expect(wrappingUp.querySelector('[data-risk-level]')).toBeNull();
    expect(wrappingUp).not.toHaveTextContent('12356');
    expect(screen.getByRole('row', { name: '钱二（8002）' }).querySelector('[data-risk-level]')).toHaveTextContent('中');
  });

  it('ticks: a call’s duration counts up while the board is open', async () => {
    renderBoard();
    const row = await screen.findByRole('row', { name: '孙三（8003）' });
    const first = /03:(\d\d)/.exec(row.textContent ?? '')?.[1];
    await within(row).findByText(new RegExp(`03:(?!${first})\\d\\d`));
  });

  it('speaks English when the supervisor switches', async () => {
    renderBoard();
    await setLanguage('en');
    const row = await screen.findByRole('row', { name: '孙三 (8003)' });
    expect(row).toHaveTextContent('Imminent');
    expect(row).toHaveTextContent('李督导 listening');
    expect(screen.getByRole('row', { name: '吴七 (8007)' })).toHaveTextContent('Not clocked in');
  });
});
