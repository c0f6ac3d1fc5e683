import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { judgementItems, type TraineeProgress } from '../../contract/training';
import { formatBeijingDate } from '../../lib/time';
import { cssColour, useThemeName } from '../../components/chart-theme';

const CHART_HEIGHT = 160;

/** Each judgement item's colour from the palette (index.css), so the dark theme turns them too; the automatic share last. */
const colours = ['--color-teal-700', '--color-sky-900', '--color-amber-600', '--color-violet-900', '--color-slate-500'] as const;

/** Share of a call's automatic items met, in percent. */
const autoShare = (call: TraineeProgress['calls'][number]) =>
  call.auto.length === 0 ? null : Math.round((100 * call.auto.filter((item) => item.met).length) / call.auto.length);

const seriesLabels = (t: TFunction) => [
  ...judgementItems.map((item) => t(`trainingLibrary.rubric.judgementItems.${item}`)),
  t('trainingLibrary.progress.autoShare'),
];

/**
 * A trainee's scores over their mock calls: each judgement item (1–5) and the share of automatic
 * items met. The figures are in the table beside it, so the canvas is an image for screen readers.
 */
export function ProgressChart({ calls }: { calls: TraineeProgress['calls'] }) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const theme = useThemeName();
  const labels = seriesLabels(t);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    let dispose: (() => void) | null = null;
    let cancelled = false;
    const labels = seriesLabels(t);
    const times = calls.map((call) => Date.parse(call.at) / 1000);
    const series = [
      ...judgementItems.map((item, index) => ({
        label: labels[index] ?? item,
        colour: cssColour(colours[index] ?? '--color-slate-500'),
        scale: 'score' as const,
        values: calls.map((call) => call.judgement.find((score) => score.item === item)?.score ?? null),
      })),
      { label: labels.at(-1) ?? '', colour: cssColour(colours[4]), scale: 'percent' as const, values: calls.map(autoShare) },
    ];
    void import('./progress-chart').then(({ drawProgressChart }) => {
      if (cancelled) return;
      dispose = drawProgressChart(element, times, series, {
        height: CHART_HEIGHT,
        ink: cssColour('--color-slate-600'),
        grid: cssColour('--color-slate-200'),
        dateLabel: (epochSec) => formatBeijingDate(epochSec * 1000, i18n.language),
      });
    });
    return () => {
      cancelled = true;
      dispose?.();
    };
  }, [calls, t, i18n.language, theme]);

  return (
    <div>
      <div ref={host} role="img" aria-label={t('trainingLibrary.progress.chartSummary', { n: calls.length })} style={{ height: CHART_HEIGHT }} />
      <ul className="mt-1 flex flex-wrap gap-3 text-xs text-slate-600">
        {labels.map((label, index) => (
          <li key={label} className="flex items-center gap-1">
            <span aria-hidden className="inline-block h-0.5 w-3" style={{ backgroundColor: `var(${colours[index] ?? '--color-slate-500'})` }} />
            {label}
          </li>
        ))}
      </ul>
    </div>
  );
}
