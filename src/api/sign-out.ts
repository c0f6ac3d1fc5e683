import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../contract';
import { callApi } from './client';
import { meQuery } from './me';

export const signOut = () => callApi(api.logout);

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      // Whatever the server said, nothing of this staff member's data may stay in the cache.
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, null);
    },
  });
}
