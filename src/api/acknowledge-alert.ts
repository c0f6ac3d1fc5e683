import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type CentreAlert } from '../contract';
import { callApi } from './client';

export const acknowledgeAlert = (id: string) => callApi(api.acknowledgeAlert, { params: { id } });

/**
 * The acknowledged alert replaces the open one in the live alerts cache at once; the event
 * stream brings the same change to the other supervisors.
 */
export function useAcknowledgeAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeAlert,
    onSuccess: (acknowledged) =>
      queryClient.setQueryData<CentreAlert[]>(['live', 'alerts'], (alerts) =>
        alerts?.map((alert) => (alert.id === acknowledged.id ? acknowledged : alert)),
      ),
  });
}
