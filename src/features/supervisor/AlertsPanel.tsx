import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useAcknowledgeAlert } from '../../api';
import type { CentreAlert } from '../../contract';
import { Alert, Button, EmptyState } from '../../components';
import { formatBeijingTime } from '../../lib/time';
import { alertsInOrder } from './alert-order';
import { useNotificationPermission } from './alert-signals';

/** Alerts a supervisor must act on at once stand out in red; the rest in amber. */
const urgentKinds = new Set<CentreAlert['kind']>(['imminent-call', 'help']);

/** What happened, in the kind's own words: who, on which line, and a help request's reason. */
function alertText(t: TFunction, alert: CentreAlert, lineName: (line: string | null) => string): string {
  const name = alert.staffName ?? t('supervisor.alerts.someone');
  if (alert.kind === 'help' && alert.reason) return t('supervisor.alerts.details.helpWithReason', { name, reason: alert.reason });
  return t(`supervisor.alerts.details.${alert.kind}`, { name, line: lineName(alert.line) });
}

function AlertItem({ alert, lineName }: { alert: CentreAlert; lineName: (line: string | null) => string }) {
  const { t, i18n } = useTranslation();
  const acknowledge = useAcknowledgeAlert();
  const text = alertText(t, alert, lineName);
  const title = t(`supervisor.alerts.kinds.${alert.kind}`);
  const open = alert.acknowledgedAt === null;
  const tone = !open ? 'bg-slate-50 ring-slate-200' : urgentKinds.has(alert.kind) ? 'bg-red-50 ring-red-300' : 'bg-amber-50 ring-amber-300';
  return (
    <li aria-label={title} data-alert-kind={alert.kind} className={`flex flex-col gap-1 rounded-md p-2 text-sm ring-1 ${tone}`}>
      <p className="flex items-baseline justify-between gap-2">
        <span className="font-semibold">{title}</span>
        <span className="text-xs text-slate-600 tabular-nums">{t('supervisor.alerts.raisedAt', { time: formatBeijingTime(Date.parse(alert.raisedAt), i18n.language, false) })}</span>
      </p>
      <p>{text}</p>
      {open ? (
        <div className="flex items-center gap-2">
          <Button
            tone={urgentKinds.has(alert.kind) ? 'danger' : 'secondary'}
            aria-label={t('supervisor.alerts.acknowledgeLabel', { what: text })}
            disabled={acknowledge.isPending}
            onClick={() => acknowledge.mutate(alert.id)}
          >
            {t('supervisor.alerts.acknowledge')}
          </Button>
          {acknowledge.isError && <span role="alert" className="text-xs text-red-700">{t('supervisor.alerts.acknowledgeFailed')}</span>}
        </div>
      ) : (
        <p className="text-xs text-slate-600">
          {t('supervisor.alerts.acknowledgedBy', {
            name: alert.acknowledgedBy ?? t('supervisor.alerts.someone'),
            time: formatBeijingTime(Date.parse(alert.acknowledgedAt ?? alert.raisedAt), i18n.language, false),
          })}
        </p>
      )}
    </li>
  );
}

function NotificationSwitch() {
  const { t } = useTranslation();
  const notifications = useNotificationPermission();
  if (!notifications.supported || notifications.permission === 'granted') return null;
  if (notifications.permission === 'denied') return <Alert tone="warning">{t('supervisor.alerts.notificationsBlocked')}</Alert>;
  return (
    <Button tone="quiet" onClick={() => void notifications.request()}>
      {t('supervisor.alerts.enableNotifications')}
    </Button>
  );
}

/** Open alerts newest first, each acknowledged with one click; the acknowledged ones below, with who and when. */
export function AlertsPanel({ alerts, lineName }: { alerts: readonly CentreAlert[]; lineName: (line: string | null) => string }) {
  const { t } = useTranslation();
  const { open, acknowledged } = alertsInOrder(alerts);
  return (
    <div className="flex flex-col gap-3">
      <NotificationSwitch />
      <h3 className="text-xs font-semibold text-slate-600">{t('supervisor.alerts.open')}</h3>
      {open.length === 0 ? (
        <EmptyState>{t('supervisor.alerts.empty')}</EmptyState>
      ) : (
        <ul aria-label={t('supervisor.alerts.open')} className="flex flex-col gap-2">
          {open.map((alert) => (
            <AlertItem key={alert.id} alert={alert} lineName={lineName} />
          ))}
        </ul>
      )}
      {acknowledged.length > 0 && (
        <>
          <h3 className="text-xs font-semibold text-slate-600">{t('supervisor.alerts.acknowledged')}</h3>
          <ul aria-label={t('supervisor.alerts.acknowledged')} className="flex flex-col gap-2">
            {acknowledged.map((alert) => (
              <AlertItem key={alert.id} alert={alert} lineName={lineName} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
