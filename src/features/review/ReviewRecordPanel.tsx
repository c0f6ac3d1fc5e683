import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contactQuery } from '../../api';
import { Alert, apiErrorMessage, riskLevelTone } from '../../components';
import type { ReviewListRow } from '../../contract/review';
import { formatBeijingDateTime } from '../../lib/time';
import { ProtocolCheckList } from './ProtocolCheckList';
import { RecordDetails } from './RecordDetails';
import { ReviewEditor } from './ReviewEditor';

/**
 * One record opened for review: read through the record endpoint (audited, a supervisor of its
 * centre may read it), its protocol check as the list's row has it (run by the API, which knows
 * whether a supervisor was told of the call), and the review editor.
 */
export function ReviewRecordPanel({ row, meId, lineName }: { row: ReviewListRow; meId: string; lineName: (dialled: string) => string }) {
  const { t, i18n } = useTranslation();
  const record = useQuery(contactQuery(row.id));

  return (
    <article className="flex flex-col gap-4" aria-label={t('review.record.title')}>
      <header className="flex flex-col gap-1">
        <h3 className="text-base font-semibold text-slate-900">
          {t('review.record.heading', { time: formatBeijingDateTime(row.answeredAt, i18n.language), name: row.counsellorName })}
        </h3>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <span>{t('review.record.line', { line: lineName(row.dialled) })}</span>
          <span>{t('review.record.caller', { number: row.callerNumberMasked || t('call.hiddenNumber') })}</span>
          <span>{t(`intake.callTypes.${row.callType}`)}</span>
          <span className={`rounded px-1.5 py-0.5 text-xs ${riskLevelTone[row.riskLevel]}`}>{t(`risk.levels.${row.riskLevel}`)}</span>
          <span>{t(`record.status.${row.status}`)}</span>
        </p>
      </header>
      {record.isPending && <p className="text-sm text-slate-500">{t('app.loading')}</p>}
      {record.isError && (
        <Alert tone="warning">
          {t('review.record.loadFailed')}: {apiErrorMessage(t, record.error)}
        </Alert>
      )}
      {record.data && (
        <>
          <section className="flex flex-col gap-1">
            <h4 className="text-sm font-semibold text-slate-700">{t('review.protocol.title')}</h4>
            <ProtocolCheckList results={row.protocolChecks} />
          </section>
          <ReviewEditor contactId={row.id} meId={meId} ownCall={row.counsellorId === meId} />
          <RecordDetails record={record.data} />
        </>
      )}
    </article>
  );
}
