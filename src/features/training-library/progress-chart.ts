import { chartAxis, mountChart } from '../../components/uplot-chart';

export interface ProgressSeries {
  label: string;
  colour: string;
  /** One value per call; null where the item was not scored or not observed. */
  values: (number | null)[];
  /** The judgement items share a 1–5 axis; the automatic items' share met has its own 0–100 % axis. */
  scale: 'score' | 'percent';
}

export interface ProgressLook {
  height: number;
  ink: string;
  grid: string;
  dateLabel: (epochSec: number) => string;
}

/**
 * Draws a trainee's rubric scores over their mock calls with uPlot into `element`, as wide as its
 * box; returns what removes it. Loaded on its own, after the figures are on screen (like the
 * supervisor's queue chart).
 */
export function drawProgressChart(element: HTMLElement, times: number[], series: ProgressSeries[], look: ProgressLook): () => void {
  const axis = chartAxis(look);
  return mountChart(
    element,
    {
      height: look.height,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true }, score: { range: [0, 5] }, percent: { range: [0, 100] } },
      axes: [
        { ...axis, size: 28, values: (_, ticks) => ticks.map(look.dateLabel) },
        { ...axis, scale: 'score', size: 28 },
        { ...axis, scale: 'percent', side: 1, size: 40, grid: { show: false }, values: (_, ticks) => ticks.map((tick) => `${tick}%`) },
      ],
      series: [
        {},
        ...series.map(({ label, colour, scale }) => ({ label, scale, stroke: colour, width: 2, spanGaps: true, points: { show: true, size: 5 } })),
      ],
    },
    [times, ...series.map((s) => s.values)],
    480,
  );
}
