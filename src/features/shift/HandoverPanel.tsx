import { useTranslation } from 'react-i18next';
import { useHandover } from '../../api';
import { formatBeijingDateTime } from '../../lib/time';

/** What the shift before left for this one, read at clock-in. */
export function HandoverPanel() {
  const { t, i18n } = useTranslation();
  const handover = useHandover();
  if (!handover.data) return null;
  const { notes, followUps, openRescues } = handover.data;
  if (notes.length === 0 && followUps.length === 0 && openRescues.length === 0) {
    return <p className="text-sm text-slate-500">{t('shift.handoverEmpty')}</p>;
  }
  return (
    <section aria-label={t('shift.handoverTitle')} className="flex flex-col gap-2 text-sm">
      <h3 className="font-semibold text-slate-800">{t('shift.handoverTitle')}</h3>
      {notes.map((note) => (
        <blockquote key={`${note.counsellorName}-${note.clockedOutAt}`} className="rounded bg-slate-50 p-2">
          <p className="whitespace-pre-wrap">{note.note || t('shift.noNote')}</p>
          <footer className="mt-1 text-xs text-slate-500">
            {note.counsellorName} · {formatBeijingDateTime(note.clockedOutAt, i18n.language)}
          </footer>
        </blockquote>
      ))}
      {followUps.length > 0 && (
        <div>
          <h4 className="font-medium text-slate-700">{t('shift.followUps')}</h4>
          <ul className="list-disc pl-5">
            {followUps.map((item) => (
              <li key={item.id} className={item.overdue ? 'font-medium text-red-700' : undefined}>
                {t('shift.followUpItem', {
                  due: formatBeijingDateTime(item.dueAt, i18n.language),
                  who: item.assignedToName ?? t('shift.followUpAnyone'),
                  caller: item.callerNumberMasked || t('call.hiddenNumber'),
                })}
                {item.overdue && ` · ${t('shift.followUpOverdue')}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {openRescues.length > 0 && (
        <div>
          <h4 className="font-medium text-slate-700">{t('rescue.title')}</h4>
          <ul className="list-disc pl-5">
            {openRescues.map((rescue) => (
              <li key={rescue.contactId}>
                {t('shift.rescueItem', {
                  service: t(`imminent.services.${rescue.service}`),
                  time: formatBeijingDateTime(rescue.handedOverAt, i18n.language),
                  counsellor: rescue.counsellorName,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
