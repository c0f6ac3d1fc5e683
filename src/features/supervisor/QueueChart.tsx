import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatBeijingTime } from '../../lib/time';
import type { HourlyTotals } from './queue-figures';

const HEIGHT = 110;

/** The series and the palette colour (index.css) each is drawn in, so the dark theme turns them too. */
const series = [
  { name: 'offered', colour: '--color-slate-500' },
  { name: 'answered', colour: '--color-teal-700' },
  { name: 'abandoned', colour: '--color-red-600' },
] as const;

const cssColour = (variable: string) => getComputedStyle(document.documentElement).getPropertyValue(variable).trim() || 'gray';

/** Re-renders when the theme switches: canvas colours are read once per drawing. */
function useTheme(): string | undefined {
  const [theme, setTheme] = useState(() => document.documentElement.dataset.theme);
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(document.documentElement.dataset.theme));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return theme;
}

/**
 * The centre's calls per hour, offered, answered and abandoned: drawn by uPlot (canvas, about
 * 20 KB gzip, loaded only with this chart). The numbers are in the text alternative and the
 * table beside it, so the canvas itself is decoration for screen readers.
 */
export default function QueueChart({ totals, summary }: { totals: HourlyTotals; summary: string }) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const theme = useTheme();

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const ink = cssColour('--color-slate-600');
    const grid = cssColour('--color-slate-200');
    const axis = { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, font: '11px system-ui' };
    const chart = new uPlot(
      {
        width: element.clientWidth || 320,
        height: HEIGHT,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: true }, y: { range: (_, __, max) => [0, Math.max(4, max)] } },
        axes: [
          { ...axis, values: (_, ticks) => ticks.map((tick) => formatBeijingTime(tick * 1000, i18n.language, false)) },
          { ...axis, size: 32 },
        ],
        series: [{}, ...series.map(({ name, colour }) => ({ label: t(`supervisor.queue.series.${name}`), stroke: cssColour(colour), width: 2, points: { show: true, size: 4 } }))],
      },
      [totals.hours, totals.offered, totals.answered, totals.abandoned],
      element,
    );
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.setSize({ width: element.clientWidth, height: HEIGHT }));
    resize?.observe(element);
    return () => {
      resize?.disconnect();
      chart.destroy();
    };
  }, [totals, t, i18n.language, theme]);

  return (
    <div>
      <div ref={host} role="img" aria-label={summary} />
      <ul className="mt-1 flex gap-3 text-xs text-slate-600">
        {series.map(({ name, colour }) => (
          <li key={name} className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-0.5 w-3" style={{ backgroundColor: `var(${colour})` }} />
            {t(`supervisor.queue.series.${name}`)}
          </li>
        ))}
      </ul>
    </div>
  );
}
