import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { mockCallEndpoints, trainingLibraryEndpoints } from '../contract/api-training';
import type { z } from 'zod';
import type { EndTrainingCallRequest } from '../contract/training';
import { callApi } from './client';

// Imported by path, never through src/api/index.ts: only the trainer's lazily loaded console calls these.

export const mockCallKeys = {
  trainees: ['training', 'trainees'] as const,
  scenarios: ['training', 'scenarios'] as const,
  call: (id: string) => ['training', 'call', id] as const,
};

/** Who may take a mock call (counsellor accounts, trainees first in the API's order). */
export const useTrainees = () =>
  useQuery({ queryKey: mockCallKeys.trainees, queryFn: ({ signal }) => callApi(trainingLibraryEndpoints.trainees, { signal }) });

/** The scenarios in use (retired ones are not offered for a new mock call). */
export const useScenarios = () =>
  useQuery({
    queryKey: mockCallKeys.scenarios,
    queryFn: ({ signal }) => callApi(trainingLibraryEndpoints.scenarios, { query: { retired: 'exclude' }, signal }),
  });

/** A single-use grant the console's phone dials the trainee's seat with. */
export const useStartTrainingCall = () =>
  useMutation({
    mutationFn: (request: { traineeId: string; scenarioId: string }) => callApi(mockCallEndpoints.startTrainingCall, { body: request }),
  });

/**
 * The mock call with its script and the trainee's training record as saved. Not polled: the
 * `training-call` live event marks it stale (src/api/live.ts), and the screen reads it again.
 */
export const trainingCallQuery = (id: string) =>
  queryOptions({
    queryKey: mockCallKeys.call(id),
    queryFn: ({ signal }) => callApi(mockCallEndpoints.trainingCall, { params: { id }, signal }),
  });

export const useTrainingCallView = (id: string) => useQuery(trainingCallQuery(id));

export const endTrainingCall = (id: string, reason: z.infer<typeof EndTrainingCallRequest>['reason']) =>
  callApi(mockCallEndpoints.endTrainingCall, { params: { id }, body: { reason } });
