import { screen, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSupervisorMessages, setLanguage } from '../../i18n';
import { renderWithApp, signInAs } from '../../test/render';
import { SupervisorConsole } from './SupervisorConsole';
import { feedLive, lineQueue } from './console-fixtures';

/** What the chart was asked to draw: jsdom has no canvas, and the figures are what matter. */
const drawn = vi.hoisted(() => ({ charts: [] as { series: { label?: string }[]; data: number[][] }[] }));
vi.mock('uplot', () => ({
  default: class {
    constructor(options: { series: { label?: string }[] }, data: number[][]) {
      drawn.charts.push({ series: options.series, data });
    }
    setSize() {}
    destroy() {}
  },
}));

beforeAll(() => loadSupervisorMessages());
beforeEach(() => {
  drawn.charts = [];
});

const h1 = '2026-11-30T01:00:00.000Z';
const h2 = '2026-11-30T02:00:00.000Z';

function renderQueue() {
  signInAs('supervisor1');
  const rendered = renderWithApp(<SupervisorConsole areaCode="0591" />);
  feedLive(rendered.queryClient, {
    queue: [
      lineQueue(
        '059112356',
        { offered: 20, answered: 15, abandoned: 3, abandonedAvgWaitSec: 95, overflowed: 2, busy: 1, answeredInServiceLevel: 12, avgWaitSec: 42, avgTalkSec: 1250 },
        2,
        83,
        [
          { hour: h1, offered: 8, answered: 7, abandoned: 1 },
          { hour: h2, offered: 12, answered: 8, abandoned: 2 },
        ],
      ),
      lineQueue('12356', { offered: 4, answered: 4, answeredInServiceLevel: 4, avgWaitSec: 5, avgTalkSec: 600 }, 1, 20, [{ hour: h2, offered: 4, answered: 4, abandoned: 0 }]),
    ],
  });
  return rendered;
}

const region = () => screen.getByRole('region', { name: '来电排队' });

describe('the queue panel', () => {
  it('shows how many callers wait on all lines and the longest wait, counting up', async () => {
    renderQueue();
    expect(await within(region()).findByRole('status', { name: '正在排队' })).toHaveTextContent('3');
    const longest = within(region()).getByRole('status', { name: '最长等待' });
    expect(longest).toHaveTextContent(/^01:2[2-4]$/);
    const shown = longest.textContent;
    await within(region()).findByText((_, element) => element === longest && element.textContent !== shown);
  });

  it('shows each line’s figures for today: counts, abandoned with their wait, answer rate and service level out of offered', async () => {
    renderQueue();
    const row = await within(region()).findByRole('row', { name: /^0591 12356（福州）/ });
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells[0]).toBe('2');
    expect(cells[1]).toMatch(/^01:2[2-4]$/);
    expect(cells.slice(2)).toEqual(['20', '15', '3（01:35）', '2', '1', '75%', '60%', '00:42', '20:50']);
    expect(within(region()).getByRole('columnheader', { name: '服务水平（20 秒内接通）' })).toBeInTheDocument();
    const province = within(region()).getByRole('row', { name: /^12356（福建省）/ });
    expect(within(province).getAllByRole('cell').map((cell) => cell.textContent).slice(2)).toEqual(['4', '4', '0（—）', '0', '0', '100%', '100%', '00:05', '10:00']);
  });

  it('charts the last hours of all lines added up, with the same figures in words', async () => {
    renderQueue();
    const chart = await within(region()).findByRole('img', { name: '近 2 小时共呼入 24 通，接通 19 通，放弃 3 通' });
    expect(chart).toBeInTheDocument();
    // The chart library loads after the figures are on screen.
    await vi.waitFor(() => expect(drawn.charts).not.toHaveLength(0));
    const last = drawn.charts.at(-1);
    expect(last?.series.slice(1).map((series) => series.label)).toEqual(['呼入', '接通', '放弃']);
    expect(last?.data).toEqual([[Date.parse(h1) / 1000, Date.parse(h2) / 1000], [8, 16], [7, 12], [1, 2]]);
  });

  it('says plainly when nobody waits, and speaks English', async () => {
    signInAs('supervisor1');
    const { queryClient } = renderWithApp(<SupervisorConsole areaCode="0591" />);
    feedLive(queryClient, { queue: [lineQueue('059112356', {})] });
    await setLanguage('en');
    const queue = await screen.findByRole('region', { name: 'Call queue' });
    expect(await within(queue).findByRole('status', { name: 'Waiting now' })).toHaveTextContent('0');
    expect(within(queue).getByRole('status', { name: 'Longest wait' })).toHaveTextContent('—');
    const row = within(queue).getByRole('row', { name: /^0591 12356 \(Fuzhou\)/ });
    // No call yet today: no rate at all rather than 0 %.
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent).slice(7, 9)).toEqual(['—', '—']);
  });
});
