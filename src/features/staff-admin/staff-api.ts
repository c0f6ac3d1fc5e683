import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api';
import type { StaffInput, StaffListQuery, WithOneTimePassword } from '../../contract/admin-staff';
import { adminStaffEndpoints as endpoints } from '../../contract/api-admin-staff';

export const useStaffList = (filters: StaffListQuery) =>
  useQuery({ queryKey: ['admin-staff', filters] as const, queryFn: ({ signal }) => callApi(endpoints.staffList, { query: filters, signal }) });

/** Every change to an account reads the list again. */
function useStaffMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin-staff'] }) });
}

/** A new account answers its one-time password; an edit answers none (null). */
export const useSaveStaff = () =>
  useStaffMutation(
    ({ id, input }: { id: string | null; input: StaffInput }): Promise<WithOneTimePassword | null> =>
      id ? callApi(endpoints.updateStaff, { params: { id }, body: input }).then(() => null) : callApi(endpoints.createStaff, { body: input }),
  );

export const useDeactivateStaff = () => useStaffMutation((id: string) => callApi(endpoints.deactivateStaff, { params: { id } }));
export const useReactivateStaff = () => useStaffMutation((id: string) => callApi(endpoints.reactivateStaff, { params: { id } }));
export const useResetStaffPassword = () => useStaffMutation((id: string) => callApi(endpoints.resetStaffPassword, { params: { id } }));
export const useImportStaff = () => useStaffMutation((csv: string) => callApi(endpoints.importStaff, { body: { csv } }));
