import { useTranslation } from 'react-i18next';
import { useSaveStatus } from './use-save-status';

const tone = {
  saved: 'bg-green-50 text-green-800 ring-green-200',
  saving: 'bg-slate-50 text-slate-700 ring-slate-200',
  offline: 'bg-amber-50 text-amber-900 ring-amber-300',
  rejected: 'bg-red-50 text-red-800 ring-red-300',
  conflict: 'bg-amber-50 text-amber-900 ring-amber-300',
};

export function SaveStatusBadge() {
  const { t } = useTranslation();
  const { status, pending } = useSaveStatus();
  // The short statuses never break over two lines beside the form's tabs; the long ones must wrap.
  const short = status === 'saved' || status === 'saving';
  return (
    <p
      role="status"
      aria-live="polite"
      data-save-status={status}
      className={`rounded px-2 py-0.5 text-xs ring-1 ${short ? 'shrink-0 whitespace-nowrap' : ''} ${tone[status]}`}
    >
      {t(`record.saveStatus.${status}`, { count: pending })}
    </p>
  );
}
