import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCentreSettings } from '../../api';
import { EmptyState, Region } from '../../components';
import { useNow } from '../../lib/use-now';
import { AlertsPanel } from './AlertsPanel';
import { QueuePanel } from './QueuePanel';
import { SeatBoard } from './SeatBoard';
import { SupervisionPanel, type SupervisionPhoneState } from './SupervisionPanel';
import { useAlertSignals } from './alert-signals';
import { useConsoleData } from './use-console-data';
import { useLineName } from './use-line-name';
import { useSupervision } from './use-supervision';

/**
 * The supervisor's console at 1366×768 without a page scroll: the queue and the seat board on
 * the left (the board takes what height is left, and scrolls inside), the alerts on the right,
 * always in view, above what the screen adds beneath them (`aside`: the nuisance list). Timers
 * tick once a second from one clock. With a phone (`supervision`), each live call can be listened
 * in on, and the supervision in progress shows above the alerts.
 */
export function SupervisorConsole({
  areaCode,
  aside,
  supervision,
}: {
  areaCode: string | null;
  aside?: ReactNode;
  supervision?: { supervisorName: string; phone: SupervisionPhoneState };
}) {
  const { t } = useTranslation();
  const { seats, queue, alerts } = useConsoleData();
  const { data: settings } = useCentreSettings(areaCode);
  const lineName = useLineName();
  const now = useNow(true);
  useAlertSignals(alerts);
  const supervising = useSupervision(seats, supervision?.supervisorName ?? '');
  const busy = supervising.current.stage === 'starting' || supervising.current.stage === 'on';
  const loading = <EmptyState>{t('app.loading')}</EmptyState>;

  return (
    <div className="grid h-full min-h-0 grid-cols-[minmax(0,2.2fr)_minmax(300px,1fr)] gap-3">
      <div className="flex min-h-0 flex-col gap-3">
        <Region title={t('supervisor.regions.queue')} className="max-h-[50%] shrink-0" keyboardScroll>
          {queue ? <QueuePanel queue={queue} now={now} serviceLevelSec={settings?.serviceLevelSec ?? null} lineName={lineName} /> : loading}
        </Region>
        <Region title={t('supervisor.regions.seats')} className="flex-1" keyboardScroll>
          {seats ? (
            <SeatBoard
              seats={seats}
              now={now}
              debriefBreakSec={settings?.debriefBreakSec ?? null}
              lineName={lineName}
              supervise={supervision ? { start: supervising.start, busy } : undefined}
            />
          ) : loading}
        </Region>
      </div>
      <div className="flex min-h-0 flex-col gap-3">
        {supervision && <SupervisionPanel controls={supervising} phone={supervision.phone} />}
        <Region title={t('supervisor.regions.alerts')} className="flex-1" keyboardScroll>
          {alerts ? <AlertsPanel alerts={alerts} lineName={lineName} /> : loading}
        </Region>
        {aside}
      </div>
    </div>
  );
}
