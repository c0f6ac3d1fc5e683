import { useTranslation } from 'react-i18next';
import { useConsoleData, type LiveConnection } from './use-console-data';

const tones: Record<LiveConnection, string> = {
  connecting: 'bg-slate-50 text-slate-700 ring-slate-300',
  open: 'bg-green-50 text-green-900 ring-green-300',
  reconnecting: 'bg-amber-50 text-amber-900 ring-amber-300',
  closed: 'bg-red-50 text-red-900 ring-red-300',
};

/** Whether what the console shows is live: a supervisor must know when the figures have stopped. */
export function ConnectionStatus() {
  const { t } = useTranslation();
  const { connection } = useConsoleData();
  return (
    <p role="status" aria-label={t('supervisor.connection.label')} data-connection={connection} className={`inline-block rounded-full px-3 py-0.5 text-xs ring-1 ${tones[connection]}`}>
      {t(`supervisor.connection.${connection}`)}
    </p>
  );
}
