import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api';
import { api, type CentreSettings, type NoteChipList } from '../../contract';
import { centreConfigEndpoints as endpoints } from '../../contract/api-centre-config';
import type { CentreEdit, InstitutionInput, NewCentre, TransferDirectoryChange } from '../../contract/centre-config';

/** The configuration screens' reads and saves; a save reads again what every desk shows. */
export const useDirectory = () =>
  useQuery({ queryKey: ['transfer-targets'] as const, queryFn: ({ signal }) => callApi(api.transferTargets, { signal }) });

function useSave<T, R>(save: (value: T) => Promise<R>, queryKeys: readonly (readonly string[])[]) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: () => Promise.all(queryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

export const useSaveDirectory = () =>
  useSave((body: TransferDirectoryChange) => callApi(endpoints.setTransferTargets, { body }), [['transfer-targets']]);

export const useChips = () =>
  useQuery({ queryKey: ['settings', 'note-chips'] as const, queryFn: ({ signal }) => callApi(api.noteChips, { signal }) });
export const useSaveChips = () => useSave((body: NoteChipList) => callApi(endpoints.setNoteChips, { body }), [['settings', 'note-chips']]);

export const useSettings = (areaCode: string | null) =>
  useQuery({
    queryKey: ['centre-settings', areaCode ?? ''] as const,
    queryFn: ({ signal }) => callApi(api.centreSettings, { params: { areaCode: areaCode ?? '' }, signal }),
    enabled: areaCode !== null,
  });
export const useSaveSettings = (areaCode: string) =>
  useSave((body: CentreSettings) => callApi(endpoints.setCentreSettings, { params: { areaCode }, body }), [['centre-settings', areaCode]]);

export const useAdminInstitutions = () =>
  useQuery({ queryKey: ['admin-institutions'] as const, queryFn: ({ signal }) => callApi(endpoints.adminInstitutions, { signal }) });
export const useSaveInstitution = () =>
  useSave(
    ({ id, input }: { id: string | null; input: InstitutionInput }) =>
      id ? callApi(endpoints.updateInstitution, { params: { id }, body: input }) : callApi(endpoints.createInstitution, { body: input }),
    [['admin-institutions'], ['institutions']],
  );

export const useAdminCentres = () =>
  useQuery({ queryKey: ['admin-centres'] as const, queryFn: ({ signal }) => callApi(endpoints.adminCentres, { signal }) });
export const useCreateCentre = () => useSave((body: NewCentre) => callApi(endpoints.createCentre, { body }), [['admin-centres'], ['lines']]);
export const useUpdateCentre = () =>
  useSave(
    ({ areaCode, edit }: { areaCode: string; edit: CentreEdit }) => callApi(endpoints.updateCentre, { params: { areaCode }, body: edit }),
    [['admin-centres'], ['lines']],
  );
