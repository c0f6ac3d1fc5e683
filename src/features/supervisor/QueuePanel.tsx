import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultCentreSettings, type LineQueue } from '../../contract';
import { EmptyState } from '../../components';
import { formatDuration } from '../../lib/time';
import { QueueChart } from './QueueChart';
import { hourlyTotals, oldestWaitingSince, queueFigures, totalWaiting } from './queue-figures';

function Headline({ label, value, urgent }: { label: string; value: string; urgent: boolean }) {
  const id = useId();
  return (
    <p className="flex flex-col">
      <span id={id} className="text-xs text-slate-600">
        {label}
      </span>
      <output aria-labelledby={id} className={`text-2xl font-semibold tabular-nums ${urgent ? 'text-red-700' : 'text-slate-900'}`}>
        {value}
      </output>
    </p>
  );
}

/**
 * The queue now (callers waiting, the longest wait counting up) and each line's figures for the
 * Beijing day, with a small chart of the last hours.
 */
export function QueuePanel({
  queue,
  now,
  serviceLevelSec,
  lineName,
}: {
  queue: readonly LineQueue[];
  now: number;
  serviceLevelSec: number | null;
  lineName: (line: string | null) => string;
}) {
  const { t, i18n } = useTranslation();
  const totals = useMemo(() => hourlyTotals(queue), [queue]);
  // Made once per language, not on every tick of the clock: a formatter costs milliseconds.
  const percent = useMemo(() => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }), [i18n.language]);
  if (queue.length === 0) return <EmptyState>{t('supervisor.queue.empty')}</EmptyState>;

  const none = t('supervisor.queue.nobody');
  const rate = (value: number | null) => (value === null ? none : percent.format(value));
  const seconds = (value: number | null) => (value === null ? none : formatDuration(value * 1000));
  const waitSince = (since: string | null) => (since ? formatDuration(now - Date.parse(since)) : none);
  const waiting = totalWaiting(queue);
  const sum = (name: 'offered' | 'answered' | 'abandoned') => totals[name].reduce((a, b) => a + b, 0);
  const columns = [
    t('supervisor.queue.waiting'),
    t('supervisor.queue.longestWait'),
    t('supervisor.queue.offered'),
    t('supervisor.queue.answered'),
    t('supervisor.queue.abandoned'),
    t('supervisor.queue.overflowed'),
    t('supervisor.queue.busy'),
    t('supervisor.queue.answerRate'),
    t('supervisor.queue.serviceLevel', { seconds: serviceLevelSec ?? defaultCentreSettings.serviceLevelSec }),
    t('supervisor.queue.avgWait'),
    t('supervisor.queue.avgTalk'),
  ];

  return (
    <div className="flex flex-col gap-2">
      <div className="flex gap-8">
        <Headline label={t('supervisor.queue.waitingNow')} value={String(waiting)} urgent={waiting > 0} />
        <Headline label={t('supervisor.queue.longestWait')} value={waitSince(oldestWaitingSince(queue))} urgent={waiting > 0} />
      </div>
      <table className="w-full text-sm tabular-nums">
        <caption className="sr-only">{t('supervisor.queue.caption')}</caption>
        <thead className="text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="pb-1 pr-2 font-medium">{t('supervisor.queue.line')}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className="pb-1 pr-2 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {queue.map((line) => {
            const { today } = line;
            const figures = queueFigures(today);
            return (
              <tr key={line.line} className="border-t border-slate-100">
                <th scope="row" className="py-1 pr-2 text-left font-medium">
                  {lineName(line.line)}
                </th>
                <td className="py-1 pr-2">{line.waiting}</td>
                <td className="py-1 pr-2">{waitSince(line.oldestWaitingSince)}</td>
                <td className="py-1 pr-2">{today.offered}</td>
                <td className="py-1 pr-2">{today.answered}</td>
                <td className="py-1 pr-2">{t('supervisor.queue.abandonedValue', { count: today.abandoned, wait: seconds(today.abandonedAvgWaitSec) })}</td>
                <td className="py-1 pr-2">{today.overflowed}</td>
                <td className="py-1 pr-2">{today.busy}</td>
                <td className="py-1 pr-2">{rate(figures.answerRate)}</td>
                <td className="py-1 pr-2">{rate(figures.serviceLevel)}</td>
                <td className="py-1 pr-2">{seconds(today.avgWaitSec)}</td>
                <td className="py-1">{seconds(today.avgTalkSec)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {totals.hours.length > 0 && (
        <figure>
          <figcaption className="text-xs font-medium text-slate-600">{t('supervisor.queue.chartTitle')}</figcaption>
          <QueueChart
            totals={totals}
            summary={t('supervisor.queue.chartSummary', { hours: totals.hours.length, offered: sum('offered'), answered: sum('answered'), abandoned: sum('abandoned') })}
          />
        </figure>
      )}
    </div>
  );
}
