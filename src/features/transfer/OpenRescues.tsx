import { useTranslation } from 'react-i18next';
import { useMe, useRescues } from '../../api';
import type { Intake, OpenRescue } from '../../contract';
import { formatBeijingTime } from '../../lib/time';
import { ResolveRescue } from './ResolveRescue';

/**
 * Hand-offs to 110 / 120 whose outcome is not yet recorded: each one a person not yet known safe.
 * A counsellor sees their own; a supervisor those of the whole centre, and closes a completed
 * record's rescue for a counsellor who has gone off shift.
 */
/** The record being written on this screen, whose hand-off may not have reached the API yet. */
export interface RecordInProgress {
  id: string;
  callerNumberMasked: string;
  intake: Intake;
}

export function OpenRescues({ onOpen, record }: { onOpen: (contactId: string) => void; record: RecordInProgress | null }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const centreWide = me.data?.role === 'supervisor';
  const rescues = useRescues(centreWide ? 'centre' : 'mine');
  const handoff = record?.intake.safety.emergencyHandoff;
  // The record being written carries its rescue from the moment of the hand-off, before the API has it.
  const current: OpenRescue | null =
    record && handoff?.outcome === 'pending'
      ? {
          contactId: record.id,
          service: handoff.service,
          handedOverAt: handoff.at,
          counsellorId: '',
          counsellorName: '',
          callerNumberMasked: record.callerNumberMasked,
          location: record.intake.imminent.location,
          recordCompleted: false,
        }
      : null;
  const fromApi = (rescues.data?.rescues ?? []).filter((rescue) => rescue.contactId !== record?.id);
  const open = current ? [current, ...fromApi] : fromApi;
  if (open.length === 0) return null;
  return (
    <section aria-label={t('rescue.title')} className="rounded-md bg-amber-50 p-3 ring-1 ring-amber-300">
      <h3 className="mb-1 text-sm font-semibold text-amber-900">{t('rescue.title')}</h3>
      <ul className="flex flex-col gap-1 text-sm">
        {open.map((rescue) => (
          <li key={rescue.contactId} className="flex flex-wrap items-center justify-between gap-x-2">
            <span>
              {t('rescue.item', {
                service: t(`imminent.services.${rescue.service}`),
                time: formatBeijingTime(new Date(rescue.handedOverAt), i18n.language, false),
                caller: rescue.callerNumberMasked || t('call.hiddenNumber'),
              })}
              {centreWide && rescue.counsellorName && <span className="ml-2 text-amber-800">{t('rescue.by', { counsellor: rescue.counsellorName })}</span>}
            </span>
            {rescue.recordCompleted ? (
              <ResolveRescue contactId={rescue.contactId} />
            ) : rescue.contactId === record?.id || rescue.counsellorId === me.data?.id ? (
              <button type="button" className="text-amber-900 underline" onClick={() => onOpen(rescue.contactId)}>
                {t('rescue.record')}
              </button>
            ) : (
              <span className="text-amber-800">{t('rescue.inDraft')}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
