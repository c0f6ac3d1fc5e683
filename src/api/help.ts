import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type CentreAlert } from '../contract';
import { callApi } from './client';
import { liveKeys, useLiveAlerts } from './live';

/**
 * The counsellor's latest help request, from their event stream (which carries their own alerts:
 * the snapshot after a reload, then each acknowledgement as it happens); null before the first.
 */
export function useHelpRequest(): CentreAlert | null {
  const alerts = useLiveAlerts();
  const requests = (alerts ?? []).filter((alert) => alert.kind === 'help');
  return requests.reduce<CentreAlert | null>((latest, alert) => (latest && latest.raisedAt >= alert.raisedAt ? latest : alert), null);
}

/** Asks the supervisors on duty for help; the answer (the new or still open request) joins the stream's alerts. */
export function useRequestHelp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => callApi(api.requestHelp, { body: { reason } }),
    onSuccess: (request) =>
      queryClient.setQueryData<CentreAlert[]>(liveKeys.alerts, (alerts) => [request, ...(alerts ?? []).filter((alert) => alert.id !== request.id)]),
  });
}
