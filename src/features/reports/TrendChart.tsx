import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Report } from '../../contract/reports';
import { cssColour, useThemeName } from '../../components/chart-theme';
import { Region } from '../../components';
import { formatBeijingDate, formatBeijingTime } from '../../lib/time';

const CHART_HEIGHT = 200;

/** Each series and the palette colour (index.css) it is drawn in, so the dark theme turns them too. */
const series = [
  { name: 'offered', colour: '--color-slate-500' },
  { name: 'answered', colour: '--color-teal-700' },
  { name: 'abandoned', colour: '--color-amber-600' },
  { name: 'crisis', colour: '--color-red-600' },
] as const;

/**
 * The report's trend (per hour of a day, per day of a week or month). The canvas is an image
 * whose description gives the totals; the same points are in the table beneath it.
 */
export function TrendChart({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const theme = useThemeName();
  const hourly = report.period === 'day';
  const timeLabel = (at: number) => (hourly ? formatBeijingTime(at, i18n.language, false) : formatBeijingDate(at, i18n.language));

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    let dispose: (() => void) | null = null;
    let cancelled = false;
    const times = report.series.map((point) => Date.parse(point.at) / 1000);
    void import('./trend-chart').then(({ drawTrendChart }) => {
      if (cancelled) return;
      dispose = drawTrendChart(
        element,
        times,
        series.map(({ name, colour }) => ({ label: t(`reports.series.${name}`), colour: cssColour(colour), values: report.series.map((point) => point[name]) })),
        {
          height: CHART_HEIGHT,
          ink: cssColour('--color-slate-600'),
          grid: cssColour('--color-slate-200'),
          timeLabel: (epochSec) => (hourly ? formatBeijingTime(epochSec * 1000, i18n.language, false) : formatBeijingDate(epochSec * 1000, i18n.language)),
        },
      );
    });
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [report, t, i18n.language, theme, hourly]);

  const total = (name: (typeof series)[number]['name']) => report.series.reduce((sum, point) => sum + point[name], 0);
  return (
    <Region title={t('reports.sections.trend')}>
      <div
        ref={host}
        role="img"
        aria-label={t('reports.chart.summary', {
          period: t(`reports.periods.${report.period}`),
          offered: total('offered'),
          answered: total('answered'),
          abandoned: total('abandoned'),
          crisis: total('crisis'),
        })}
        style={{ height: CHART_HEIGHT }}
      />
      <ul className="mt-1 flex flex-wrap gap-3 text-xs text-slate-600">
        {series.map(({ name, colour }) => (
          <li key={name} className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-0.5 w-3" style={{ backgroundColor: `var(${colour})` }} />
            {t(`reports.series.${name}`)}
          </li>
        ))}
      </ul>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-teal-800">{t('reports.chart.showTable')}</summary>
        <table className="mt-2 w-full">
          <thead>
            <tr>
              <th scope="col" className="px-2 text-left font-medium">
                {t('reports.columns.at')}
              </th>
              {series.map(({ name }) => (
                <th key={name} scope="col" className="px-2 text-right font-medium">
                  {t(`reports.series.${name}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.series.map((point) => (
              <tr key={point.at}>
                <th scope="row" className="px-2 text-left font-normal">
                  {timeLabel(Date.parse(point.at))}
                </th>
                {series.map(({ name }) => (
                  <td key={name} className="px-2 text-right tabular-nums">
                    {point[name]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Region>
  );
}
