import { chartAxis, mountChart } from '../../components/uplot-chart';

export interface TrendSeries {
  label: string;
  colour: string;
  values: number[];
}

export interface TrendLook {
  height: number;
  ink: string;
  grid: string;
  /** A point's label on the time axis: the hour of a day, or the date of a week's or month's day. */
  timeLabel: (epochSec: number) => string;
}

/**
 * Draws a report's trend with uPlot into `element`, as wide as its box; returns what removes it.
 * Loaded on its own after the figures are on screen, like the supervisor's queue chart.
 */
export function drawTrendChart(element: HTMLElement, times: number[], series: TrendSeries[], look: TrendLook): () => void {
  const axis = chartAxis(look);
  return mountChart(
    element,
    {
      height: look.height,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true }, y: { range: (_, __, max) => [0, Math.max(1, max)] } },
      axes: [
        { ...axis, size: 28, values: (_, ticks) => ticks.map(look.timeLabel) },
        { ...axis, size: 40 },
      ],
      series: [{}, ...series.map(({ label, colour }) => ({ label, stroke: colour, width: 2, points: { show: times.length <= 31, size: 4 } }))],
    },
    [times, ...series.map((s) => s.values)],
    640,
  );
}
