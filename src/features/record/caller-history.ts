import { queryOptions } from '@tanstack/react-query';
import { lookUpCallerHistory } from '../../api';
import type { CallSnapshot } from '../../telephony';

/**
 * A caller's earlier contacts, looked up as the phone rings. Keyed by the call, not the
 * number, so no caller's number sits in a cache key.
 */
export const callerHistoryQuery = (call: Pick<CallSnapshot, 'id' | 'sipCallId' | 'remoteNumber'>) =>
  queryOptions({
    queryKey: ['caller-history', call.id] as const,
    queryFn: () => lookUpCallerHistory(call.sipCallId, call.remoteNumber),
    staleTime: Infinity,
    retry: false,
  });
