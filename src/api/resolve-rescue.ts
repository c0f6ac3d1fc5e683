import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, type RescueOutcome } from '../contract';
import { callApi } from './client';
import { handoverQuery } from './handover';

export const resolveRescue = (contactId: string, outcome: RescueOutcome) =>
  callApi(api.resolveRescue, { params: { id: contactId }, body: outcome });

/** Closes a completed record's rescue; the open-rescue lists and the handover drop it. */
export function useResolveRescue() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, outcome }: { contactId: string; outcome: RescueOutcome }) => resolveRescue(contactId, outcome),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['rescues'] }),
        queryClient.invalidateQueries({ queryKey: handoverQuery.queryKey }),
      ]),
  });
}
