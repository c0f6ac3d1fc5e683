import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBeijingTime } from '../../lib/time';
import type { HourlyTotals } from './queue-figures';
import { cssColour, useThemeName } from '../../components/chart-theme';

const CHART_HEIGHT = 100;

/** The series and the palette colour (index.css) each is drawn in, so the dark theme turns them too. */
const series = [
  { name: 'offered', colour: '--color-slate-500' },
  { name: 'answered', colour: '--color-teal-700' },
  { name: 'abandoned', colour: '--color-red-600' },
] as const;

/**
 * The centre's calls per hour, offered, answered and abandoned. The numbers are in the text
 * alternative and the table above it, so the canvas itself is an image for screen readers.
 */
export function QueueChart({ totals, summary }: { totals: HourlyTotals; summary: string }) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const theme = useThemeName();

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    let dispose: (() => void) | null = null;
    let cancelled = false;
    void import('./queue-chart').then(({ drawQueueChart }) => {
      if (cancelled) return;
      dispose = drawQueueChart(element, totals, {
        height: CHART_HEIGHT,
        series: series.map(({ name, colour }) => ({ label: t(`supervisor.queue.series.${name}`), colour: cssColour(colour) })),
        ink: cssColour('--color-slate-600'),
        grid: cssColour('--color-slate-200'),
        hourLabel: (epochSec) => formatBeijingTime(epochSec * 1000, i18n.language, false),
      });
    });
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [totals, t, i18n.language, theme]);

  return (
    <div>
      <div ref={host} role="img" aria-label={summary} style={{ height: CHART_HEIGHT }} />
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
