import { mockCallEndpoints } from '../contract/api-training';
import { trainingSipUsername } from '../contract/training-call';
import type { TrainingCallView } from '../contract/training';
import { mockData } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';
import { mockStaffUuid } from './training-data';

function trainer() {
  const staff = mockData.signedIn;
  if (!staff) throw new MockApiError(401, 'unauthenticated');
  if (staff.role !== 'trainer') throw new MockApiError(403, 'forbidden');
  return staff;
}

function ownCall(id: string) {
  const staff = trainer();
  const view = mockData.trainingCalls.get(id);
  if (!view || view.call.trainerId !== mockStaffUuid(staff.id)) throw new MockApiError(404, 'not_found');
  return view;
}

/**
 * Mock calls as the API runs them, on the mock library's trainees and scenarios, for the
 * trainer's console; a test writes the trainee's record into `mockData.trainingCalls`.
 */
export const mockCallHandlers = [
  mockEndpoint(mockCallEndpoints.startTrainingCall, ({ body }) => {
    const staff = trainer();
    const trainee = mockData.training.trainees.find((candidate) => candidate.id === body.traineeId);
    const scenario = mockData.training.scenarios.find((candidate) => candidate.id === body.scenarioId && candidate.retiredAt === null);
    if (!trainee || !scenario) throw new MockApiError(404, 'not_found');
    const id = crypto.randomUUID();
    const call: TrainingCallView['call'] = {
      id,
      state: 'granted',
      scenarioId: scenario.id,
      scenarioTitle: scenario.title,
      traineeId: trainee.id,
      traineeName: trainee.displayName,
      trainerId: mockStaffUuid(staff.id),
      trainerName: staff.displayName,
      callId: null,
      grantedAt: new Date().toISOString(),
      startedAt: null,
      endedAt: null,
      scored: false,
    };
    mockData.trainingCalls.set(id, { call, scenario, record: null });
    return {
      id,
      token: 'mock-training-token-0123456789abcdef0123',
      extension: trainee.extension,
      traineeName: trainee.displayName,
      practiceTarget: trainingSipUsername(staff.sipUsername),
      expiresAt: new Date(Date.now() + 30_000).toISOString(),
    };
  }),
  mockEndpoint(mockCallEndpoints.trainingCall, ({ params }) => ownCall(params.id)),
  mockEndpoint(mockCallEndpoints.endTrainingCall, ({ params }) => {
    const view = ownCall(params.id);
    if (view.call.state === 'ended') throw new MockApiError(409, 'conflict');
    const call = { ...view.call, state: 'ended' as const, endedAt: new Date().toISOString() };
    mockData.trainingCalls.set(params.id, { ...view, call });
    return call;
  }),
];
