import { chartAxis, mountChart } from '../../components/uplot-chart';
import type { HourlyTotals } from './queue-figures';

/** How the chart looks: its words and colours come from the screen that draws it. */
export interface ChartLook {
  height: number;
  series: { label: string; colour: string }[];
  ink: string;
  grid: string;
  hourLabel: (epochSec: number) => string;
}

/**
 * Draws the centre's calls per hour into `element` with uPlot (canvas, about 20 KB gzip) and
 * keeps it as wide as its box; returns what removes it. No React in here: this module and the
 * chart library load on their own, after the figures are on screen, without pulling React or
 * i18next into a chunk of their own.
 */
export function drawQueueChart(element: HTMLElement, totals: HourlyTotals, look: ChartLook): () => void {
  const axis = chartAxis(look);
  return mountChart(
    element,
    {
      height: look.height,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: true }, y: { range: (_, __, max) => [0, Math.max(4, max)] } },
      // Whole hours only on the time axis: the buckets are hours.
      axes: [{ ...axis, size: 28, incrs: [3600, 7200, 10800, 21600], values: (_, ticks) => ticks.map(look.hourLabel) }, { ...axis, size: 32 }],
      series: [{}, ...look.series.map(({ label, colour }) => ({ label, stroke: colour, width: 2, points: { show: true, size: 4 } }))],
    },
    [totals.hours, totals.offered, totals.answered, totals.abandoned],
    320,
  );
}
