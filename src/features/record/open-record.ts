import type { QueryClient } from '@tanstack/react-query';
import { contactQuery } from '../../api';
import { rebuildRecord } from './rebuild';
import { recordOutbox } from './record-outbox';
import { fromContactRecord, useRecordStore } from './record-store';

/** Opens one of the counsellor's records to finish it: the API's copy with any waiting changes on top. */
export async function openRecordById(queryClient: QueryClient, id: string, regions: string[]): Promise<void> {
  const full = await queryClient.fetchQuery({ ...contactQuery(id), staleTime: 0 });
  const waiting = await recordOutbox().entries(id);
  const record = rebuildRecord(fromContactRecord(full), waiting, regions);
  if (record) useRecordStore.getState().openRecord(record);
}
