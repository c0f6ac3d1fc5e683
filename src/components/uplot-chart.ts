import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * What every uPlot chart of the app shares (the queue chart, a trainee's progress, a report's
 * trend). Imported by path from a chart's own lazily loaded module, never through the components'
 * index: the chart library must stay out of every first load.
 */
export function chartAxis({ ink, grid }: { ink: string; grid: string }) {
  return { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, font: '11px system-ui' };
}

/** Draws into `element` and keeps the chart as wide as its box; returns what removes it. */
export function mountChart(element: HTMLElement, options: Omit<uPlot.Options, 'width'>, data: uPlot.AlignedData, fallbackWidth: number): () => void {
  const chart = new uPlot({ ...options, width: element.clientWidth || fallbackWidth }, data, element);
  const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height: options.height }));
  resize?.observe(element);
  return () => {
    resize?.disconnect();
    chart.destroy();
  };
}
