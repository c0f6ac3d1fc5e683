import { useTranslation } from 'react-i18next';
import type { CallQuality } from '../../telephony';

const bars = { good: 3, fair: 2, poor: 1 };
const colour = { good: 'bg-green-600', fair: 'bg-amber-500', poor: 'bg-red-600' };

export function QualityIndicator({ quality }: { quality: CallQuality | null }) {
  const { t } = useTranslation();
  if (!quality) return null;
  const shown = (value: number | null) => (value === null ? t('call.quality.unknown') : String(value));
  const details = t('call.quality.details', {
    rtt: shown(quality.rttMs),
    jitter: shown(quality.jitterMs),
    loss: shown(quality.lossPercent),
  });
  return (
    <div className="flex items-center gap-2 text-xs text-slate-600" title={details}>
      <span aria-hidden className="flex items-end gap-0.5">
        {[1, 2, 3].map((bar) => (
          <span
            key={bar}
            className={`inline-block w-1 rounded-sm ${bar <= bars[quality.level] ? colour[quality.level] : 'bg-slate-200'}`}
            style={{ height: `${bar * 4 + 2}px` }}
          />
        ))}
      </span>
      <span>
        {t('call.quality.label')}: {t(`call.quality.${quality.level}`)}
      </span>
      <span className="sr-only">{details}</span>
      <span aria-hidden className="hidden text-slate-400 2xl:inline">
        {details}
      </span>
    </div>
  );
}
