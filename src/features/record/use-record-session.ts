import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { contactListQuery, contactQuery, useLines } from '../../api';
import { useIntakeCommands } from '../../lib/intake-commands';
import { isCallerCall, keepsRecord, useTelephonyEvent } from '../../telephony';
import { callerHistoryQuery } from './caller-history';
import { rebuildRecord } from './rebuild';
import { recordOutbox } from './record-outbox';
import { fromContactRecord, useRecordStore, type OpenRecord } from './record-store';

async function restoreNewestDraft(
  queryClient: ReturnType<typeof useQueryClient>,
  regions: string[],
): Promise<OpenRecord | null> {
  const waiting = await recordOutbox().entries();
  const candidates: OpenRecord[] = [];
  const serverDrafts = await queryClient.fetchQuery(contactListQuery('mine', 'draft')).catch(() => null);
  for (const summary of serverDrafts?.contacts ?? []) {
    const full = await queryClient.fetchQuery(contactQuery(summary.id)).catch(() => null);
    const rebuilt = rebuildRecord(full ? fromContactRecord(full) : null, waiting.filter((entry) => entry.group === summary.id), regions);
    if (rebuilt) candidates.push(rebuilt);
  }
  const unknownToServer = new Set(waiting.map((entry) => entry.group));
  for (const candidate of candidates) unknownToServer.delete(candidate.id);
  for (const group of unknownToServer) {
    const rebuilt = rebuildRecord(null, waiting.filter((entry) => entry.group === group), regions);
    if (rebuilt) candidates.push(rebuilt);
  }
  candidates.sort((a, b) => b.answeredAt.localeCompare(a.answeredAt));
  return candidates[0] ?? null;
}

/**
 * Ties call records to calls on the workstation: a record starts the moment a caller is
 * answered (created in the browser, so an API outage cannot lose it), learns when the call
 * ended, and after a reload or a crashed tab the newest unfinished record comes back exactly
 * as it was left.
 */
export function useRecordSession(): void {
  const queryClient = useQueryClient();
  const { data: lines } = useLines();
  const regionKey = (lines?.centres ?? []).map((centre) => centre.areaCode).join(',');
  const regions = () => (regionKey ? regionKey.split(',') : []);

  useEffect(() => {
    let cancelled = false;
    void restoreNewestDraft(queryClient, regionKey ? regionKey.split(',') : []).then((record) => {
      if (!cancelled && record && !useRecordStore.getState().open) useRecordStore.getState().openRecord(record);
    });
    return () => {
      cancelled = true;
    };
  }, [queryClient, regionKey]);

  useTelephonyEvent('call-answered', ({ call }) => {
    if (!keepsRecord(call) || !call.line) return;
    // Steps meant for the last caller's form, never carried out, must not land on this one's.
    useIntakeCommands.getState().forget();
    const record = useRecordStore.getState().startRecord(
      {
        id: crypto.randomUUID(),
        callId: call.sipCallId,
        dialled: call.line.dialled,
        callerNumber: call.remoteNumber,
        answeredAt: new Date(call.answeredAt ?? Date.now()).toISOString(),
      },
      regions(),
    );
    if (!call.remoteNumber) return;
    void queryClient
      .fetchQuery(callerHistoryQuery(call))
      .then((history) => {
        if (useRecordStore.getState().open?.id === record.id) useRecordStore.getState().setCallerHistory(history);
      })
      // The history is a courtesy shown while the caller talks; without it the record is complete.
      .catch(() => undefined);
  });

  useTelephonyEvent('call-ended', ({ call }) => {
    const store = useRecordStore.getState();
    if (isCallerCall(call) && call.endedAt !== null && store.open?.callId === call.sipCallId) store.markEnded(new Date(call.endedAt).toISOString());
  });
}
