import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api';
import { trainingLibraryEndpoints as endpoints } from '../../contract/api-training';
import type { ScenarioDraft, ScoreTrainingCallRequest } from '../../contract/training';

export const scenariosQuery = (includeRetired: boolean) =>
  queryOptions({
    queryKey: ['training-scenarios', includeRetired] as const,
    queryFn: ({ signal }) => callApi(endpoints.scenarios, { query: { retired: includeRetired ? 'include' : 'exclude' }, signal }),
  });
export const useScenarios = (includeRetired: boolean) => useQuery(scenariosQuery(includeRetired));

/** Writes a new scenario (no id) or edits one; either way the library is read again. */
export function useSaveScenario() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string | null; draft: ScenarioDraft }) =>
      id ? callApi(endpoints.updateScenario, { params: { id }, body: draft }) : callApi(endpoints.createScenario, { body: draft }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training-scenarios'] }),
  });
}

export function useRetireScenario() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, retired }: { id: string; retired: boolean }) => callApi(endpoints.retireScenario, { params: { id }, body: { retired } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training-scenarios'] }),
  });
}

export const useTrainees = () =>
  useQuery({ queryKey: ['trainees'] as const, queryFn: ({ signal }) => callApi(endpoints.trainees, { signal }) });

export const useTraineeProgress = (id: string) =>
  useQuery({ queryKey: ['trainee-progress', id] as const, queryFn: ({ signal }) => callApi(endpoints.traineeProgress, { params: { id }, signal }) });

export function useSignOff(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (note: string) => callApi(endpoints.signOffTrainee, { params: { id }, body: { note } }),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: ['trainees'] }), queryClient.invalidateQueries({ queryKey: ['trainee-progress', id] })]),
  });
}

const resultQuery = (id: string) =>
  queryOptions({ queryKey: ['training-result', id] as const, queryFn: ({ signal }) => callApi(endpoints.trainingResult, { params: { id }, signal }) });
export const useTrainingResult = (id: string) => useQuery(resultQuery(id));

export function useScoreTrainingCall(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (score: ScoreTrainingCallRequest) => callApi(endpoints.scoreTrainingCall, { params: { id }, body: score }),
    onSuccess: (result) => {
      queryClient.setQueryData(resultQuery(id).queryKey, result);
      return queryClient.invalidateQueries({ queryKey: ['trainee-progress', result.call.traineeId] });
    },
  });
}
