import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api';
import { useFollowUps } from '../../api/follow-ups';
import type { FollowUp } from '../../contract';
import { Alert, Button, apiErrorMessage, riskLevelTone } from '../../components';
import { formatBeijingDateTime } from '../../lib/time';
import { useNow } from '../../lib/use-now';
import { CloseFollowUp } from './CloseFollowUp';
import { ReassignFollowUp } from './ReassignFollowUp';

export interface FollowUpListProps {
  /** How the caller of a task's record is called back here: the record's own audited call-back. */
  callBack?: (contactId: string) => ReactNode;
  /** Opens the task's record (its owner's screen only: nobody else may read it). */
  onOpenRecord?: (contactId: string) => void;
  /** Without its own heading inside a region titled with it. */
  heading?: boolean;
  /** A supervisor's list: each task can be given to another counsellor. */
  reassignable?: boolean;
}

/**
 * The open follow-up calls: a counsellor's own and those left to anyone at their centre, or (a
 * supervisor) the whole centre's. Soonest due first; past due is marked, in Beijing time as every
 * time on the screens.
 */
export function FollowUpList({ callBack, onOpenRecord, heading = true, reassignable = false }: FollowUpListProps) {
  const { t } = useTranslation();
  const list = useFollowUps('open');
  const me = useMe();
  // A task turns overdue while the list is on screen.
  const now = useNow(true, 30_000);

  if (list.isPending) return <p className="text-sm text-slate-500">{t('app.loading')}</p>;
  if (list.isError) return <Alert tone="warning">{apiErrorMessage(t, list.error)}</Alert>;
  const items = list.data.followUps;
  const body =
    items.length === 0 ? (
      <p className="text-sm text-slate-500">{t('followUps.empty')}</p>
    ) : (
      <ul className="flex flex-col divide-y divide-slate-100 text-sm">
        {items.map((item) => (
          <FollowUpItem
            key={item.id}
            item={item}
            overdue={Date.parse(item.dueAt) <= now}
            callBack={callBack}
            onOpenRecord={item.assignedToId === me.data?.id ? onOpenRecord : undefined}
            reassignable={reassignable}
          />
        ))}
      </ul>
    );
  // Inside a region titled with it, a second landmark of the same name would only repeat it.
  if (!heading) return body;
  return (
    <section aria-label={t('followUps.title')} className="flex flex-col gap-1">
      <h3 className="text-sm font-semibold text-slate-700">{t('followUps.title')}</h3>
      {body}
    </section>
  );
}

function FollowUpItem({ item, overdue, callBack, onOpenRecord, reassignable }: FollowUpListProps & { item: FollowUp; overdue: boolean }) {
  const { t, i18n } = useTranslation();
  const [closing, setClosing] = useState(false);
  const due = formatBeijingDateTime(item.dueAt, i18n.language);
  return (
    <li className="py-2" data-overdue={overdue || undefined}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <p className="font-medium text-slate-800">
            {item.callerNumberMasked || t('call.hiddenNumber')}{' '}
            <span className={`ml-1 rounded px-1.5 py-0.5 text-xs font-semibold ${riskLevelTone[item.riskLevel]}`}>{t(`risk.levels.${item.riskLevel}`)}</span>
          </p>
          <p className={overdue ? 'text-xs font-semibold text-red-700' : 'text-xs text-slate-600'}>
            {overdue ? t('followUps.overdue', { time: due }) : t('followUps.due', { time: due })}
            {' · '}
            {item.assignedToName ? t('followUps.assignedTo', { name: item.assignedToName }) : t('followUps.unassigned')}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {reassignable && <ReassignFollowUp item={item} />}
          {callBack?.(item.contactId)}
          {onOpenRecord && (
            <Button tone="quiet" onClick={() => onOpenRecord(item.contactId)}>
              {t('followUps.openRecord')}
            </Button>
          )}
          {!closing && (
            <Button tone="secondary" onClick={() => setClosing(true)}>
              {t('followUps.close')}
            </Button>
          )}
        </div>
      </div>
      {closing && <CloseFollowUp id={item.id} onCancel={() => setClosing(false)} />}
    </li>
  );
}
