import { mockCallEndpoints, trainingLibraryEndpoints } from '../contract/api-training';
import { trainingSipUsername } from '../contract/training-call';
import type { Scenario, Trainee, TrainingCallView } from '../contract/training';
import { mockData } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';

/** A scenario of the library as the API ships it (the pills-at-night one, shortened), for the trainer's console. */
export const mockScenario: Scenario = {
  id: '6d1f5c1e-3c6b-4b9e-9a51-0a1c2b3d4e5f',
  builtIn: true,
  retiredAt: null,
  updatedAt: '2026-11-01T00:00:00.000Z',
  title: '深夜服药的大学生',
  titleEn: 'The student who took pills at night',
  persona: { ageBand: '18-24', gender: 'female', occupation: 'student', region: '福州市闽侯县大学城', dialled: '059112356' },
  problem: 'study',
  brief: '大二学生，考试失利后独自在宿舍，声音低、说话慢。',
  openingLine: '喂……我也不知道为什么要打这个电话。',
  reveals: [
    { topic: 'means', whenAsked: '问到是否做了伤害自己的事', fact: '半小时前吞了二十多片安眠药。' },
    { topic: 'location', whenAsked: '问到现在在哪里', fact: '福州大学城某校 3 号宿舍楼 402。' },
  ],
  expected: {
    riskLevel: 'imminent',
    callType: 'counselling',
    askScreener: true,
    location: true,
    callBack: true,
    emergencyService: '120',
    referral: false,
    followUp: false,
  },
};

/** A counsellor account still in training. */
export const mockTrainee: Trainee = {
  id: '0b7e1a52-8c4d-4f3e-9b2a-5d6c7e8f9a0b',
  displayName: '周学员',
  username: 'trainee1',
  centre: '0591',
  extension: '8005',
  trainee: true,
  signedOffAt: null,
  signedOffBy: null,
  mockCalls: 0,
};

/** The contract names staff by UUID; the mock's staff ids are short, so each maps to a fixed UUID. */
const staffUuid = (staffId: string) =>
  `00000000-0000-4000-8000-${[...staffId].map((char) => char.charCodeAt(0).toString(16)).join('').padStart(12, '0').slice(-12)}`;

function trainer() {
  const staff = mockData.signedIn;
  if (!staff) throw new MockApiError(401, 'unauthenticated');
  if (staff.role !== 'trainer') throw new MockApiError(403, 'forbidden');
  return staff;
}

function ownCall(id: string) {
  const staff = trainer();
  const view = mockData.trainingCalls.get(id);
  if (!view || view.call.trainerId !== staffUuid(staff.id)) throw new MockApiError(404, 'not_found');
  return view;
}

/** Mock calls as the API runs them, for the trainer's console; a test writes the trainee's record into `mockData.trainingCalls`. */
export const mockCallHandlers = [
  mockEndpoint(trainingLibraryEndpoints.trainees, () => (trainer(), { trainees: [mockTrainee] })),
  mockEndpoint(trainingLibraryEndpoints.scenarios, () => (trainer(), { scenarios: [mockScenario] })),
  mockEndpoint(mockCallEndpoints.startTrainingCall, ({ body }) => {
    const staff = trainer();
    if (body.traineeId !== mockTrainee.id || body.scenarioId !== mockScenario.id) throw new MockApiError(404, 'not_found');
    const id = crypto.randomUUID();
    const now = new Date().toISOString();
    const call: TrainingCallView['call'] = {
      id,
      state: 'granted',
      scenarioId: mockScenario.id,
      scenarioTitle: mockScenario.title,
      traineeId: mockTrainee.id,
      traineeName: mockTrainee.displayName,
      trainerId: staffUuid(staff.id),
      trainerName: staff.displayName,
      callId: null,
      grantedAt: now,
      startedAt: null,
      endedAt: null,
      scored: false,
    };
    mockData.trainingCalls.set(id, { call, scenario: mockScenario, record: null });
    return {
      id,
      token: 'mock-training-token-0123456789abcdef0123',
      extension: mockTrainee.extension,
      traineeName: mockTrainee.displayName,
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
