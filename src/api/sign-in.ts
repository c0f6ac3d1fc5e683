import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, LoginRequest } from '../contract';
import { callApi } from './client';
import { meQuery } from './me';

export { LoginRequest as signInSchema };

export const signIn = (credentials: LoginRequest) => callApi(api.login, { body: credentials });

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (me) => queryClient.setQueryData(meQuery.queryKey, me),
  });
}
