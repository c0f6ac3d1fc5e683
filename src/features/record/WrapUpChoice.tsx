import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { contactQuery, handOverRecord } from '../../api';
import { Alert, Button, TextArea, apiErrorMessage, translateValidation } from '../../components';
import {
  beijingDate,
  completionProblems,
  holdsNextCall,
  intakeRiskLevel,
  RecordHandoverRequest,
  type ValidationIssue,
} from '../../contract';
import type { ProtocolFacts } from '../../contract/protocol-check';
import { useIntakeCommands } from '../../lib/intake-commands';
import { useNow } from '../../lib/use-now';
import { recordOutbox } from './record-outbox';
import { useRecordStore, type OpenRecord } from './record-store';
import type { CompletionOutcome } from './use-complete-record';

export interface WrapUpChoiceProps {
  /** The SIP Call-ID of the call in wrap-up. */
  sipCallId: string;
  /** Completes the open record through the API and, when it is in, ends the call's wrap-up. */
  complete(): Promise<CompletionOutcome>;
  /** Ends the call's wrap-up; the seat is then offered the next call (or a debrief). */
  finish(): void;
  /** The protocol steps the record misses, as warnings beside what completion still needs. */
  protocolReminders?: (facts: ProtocolFacts) => ReactNode;
}

/**
 * The one way out of wrap-up for a call whose record is open. A high- or imminent-risk record
 * must be completed, or handed to a supervisor with a reason, before the next call: the API
 * routes no call to the seat until then, and this screen says so instead of offering a way out
 * that would not work.
 */
export function WrapUpChoice({ sipCallId, complete, finish, protocolReminders }: WrapUpChoiceProps) {
  const { t } = useTranslation();
  const record = useRecordStore((state) => (state.open?.callId === sipCallId && state.open.status === 'draft' ? state.open : null));
  // Its record already completed (or never opened on this screen): nothing is left to decide.
  if (!record) return <Button onClick={finish}>{t('call.finishWrapUp')}</Button>;
  return <OpenRecordChoice record={record} complete={complete} finish={finish} protocolReminders={protocolReminders} />;
}

function OpenRecordChoice({ record, complete, finish, protocolReminders }: Omit<WrapUpChoiceProps, 'sipCallId'> & { record: OpenRecord }) {
  const { t } = useTranslation();
  const [handingOver, setHandingOver] = useState(false);
  const level = intakeRiskLevel(record.intake);
  const held = holdsNextCall({ status: record.status, riskLevel: level, handedOver: false });
  // Follow-up dates are checked against today: a wrap-up left open past midnight is checked anew.
  const now = useNow(true, 60_000);
  const problems = completionProblems(record.intake, beijingDate(now));
  const completion = useMutation({ mutationFn: complete });
  const refused: ValidationIssue[] = completion.data?.completed === false ? completion.data.issues : [];
  const missing = held ? problems.map((problem) => problem.message) : refused.map((issue) => issue.message);
  const missingId = useId();
  // While the reason is being written the list would only push the form below the fold.
  const listed = missing.length > 0 && !handingOver;
  useSupervisorInformedRefresh(record.id);

  return (
    <div className="flex flex-col gap-2">
      <Alert tone={held ? 'warning' : 'info'}>
        {held ? t('record.wrapUp.held', { level: t(`risk.levels.${level}`) }) : t('record.wrapUp.nextCall')}
      </Alert>
      {completion.isError && <Alert tone="error">{apiErrorMessage(t, completion.error)}</Alert>}
      <Button
        disabled={completion.isPending || (held && problems.length > 0)}
        aria-describedby={listed ? missingId : undefined}
        onClick={() => completion.mutate()}
      >
        {t('record.wrapUp.complete')}
      </Button>
      {held &&
        (handingOver ? (
          <HandOverForm recordId={record.id} onCancel={() => setHandingOver(false)} onHandedOver={finish} />
        ) : (
          <Button tone="secondary" onClick={() => setHandingOver(true)}>
            {t('record.wrapUp.handOver')}
          </Button>
        ))}
      {listed && (
        <div id={missingId} className="rounded-md bg-slate-50 px-3 py-2 text-sm text-slate-800">
          <strong className="block">{t('record.wrapUp.missingTitle')}</strong>
          <ul className="list-disc pl-5">
            {[...new Set(missing)].map((message) => (
              <li key={message}>{translateValidation(t, message)}</li>
            ))}
          </ul>
        </div>
      )}
      {!handingOver && protocolReminders?.({ intake: record.intake, notes: record.notes, supervisorInformed: record.supervisorInformed })}
    </div>
  );
}

/**
 * Reads the record again as wrap-up starts: whether a supervisor knew of the call (an alert
 * acknowledged, a consultation logged) is the API's to say, and may have changed during it.
 */
function useSupervisorInformedRefresh(recordId: string): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    let cancelled = false;
    void recordOutbox()
      .flush()
      .then(() => queryClient.fetchQuery({ ...contactQuery(recordId), staleTime: 0 }))
      .then((stored) => {
        if (!cancelled) useRecordStore.getState().refreshFromApi(stored);
      })
      // Not on the API yet (an outage): the reminder stays as it was, and the supervisor's review has the API's answer.
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [queryClient, recordId]);
}

function HandOverForm({ recordId, onCancel, onHandedOver }: { recordId: string; onCancel(): void; onHandedOver(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const handOver = useMutation({
    mutationFn: async (request: RecordHandoverRequest) => {
      // The last keystrokes (still waiting for the autosave pause), the record's start and its
      // changes must all reach the API before it is handed over and leaves the screen.
      useIntakeCommands.getState().current();
      await recordOutbox().flush();
      return handOverRecord(recordId, request);
    },
    onSuccess: () => {
      useRecordStore.getState().handedOver();
      onHandedOver();
    },
  });

  return (
    <form
      className="flex flex-col gap-2 rounded-md p-3 ring-1 ring-slate-300"
      aria-label={t('record.wrapUp.handOverTitle')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const request = RecordHandoverRequest.safeParse({ reason });
        if (request.success) handOver.mutate(request.data);
        const message = request.error?.issues[0]?.message ?? null;
        if (message === null) setInvalid(null);
        else setInvalid(message === 'text.required' ? t('record.wrapUp.reasonRequired') : (translateValidation(t, message) ?? null));
      }}
    >
      <p className="text-sm text-slate-700">{t('record.wrapUp.handOverExplain')}</p>
      <TextArea
        label={t('record.wrapUp.reason')}
        placeholder={t('record.wrapUp.reasonPlaceholder')}
        value={reason}
        required
        autoFocus
        error={invalid ?? undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      {handOver.isError && <Alert tone="error">{apiErrorMessage(t, handOver.error)}</Alert>}
      <div className="flex gap-2">
        <Button type="submit" disabled={handOver.isPending}>
          {handOver.isPending ? t('record.wrapUp.handingOver') : t('record.wrapUp.confirmHandOver')}
        </Button>
        <Button tone="quiet" onClick={onCancel}>
          {t('record.wrapUp.cancel')}
        </Button>
      </div>
    </form>
  );
}
