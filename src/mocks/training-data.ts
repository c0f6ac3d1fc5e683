import type { Scenario, Trainee, TrainingResult } from '../contract/training';

/** The mock staff's short ids as the uuid the training contract wants (s3 → …-000000000003). */
export const mockStaffUuid = (staffId: string) => `00000000-0000-4000-8000-${staffId.replace(/\D/g, '').padStart(12, '0')}`;

/** The scenario the mock library starts with (a short form of the built-in pills-at-night one). */
export const mockScenario: Scenario = {
  id: '5c3a1f0e-0000-4000-8000-000000000001',
  title: '深夜吞药的大学生',
  titleEn: 'The student who swallowed pills at night',
  persona: { ageBand: '18-24', gender: 'male', occupation: 'student', region: '福州市闽侯县大学城', dialled: '059112356' },
  problem: 'self-harm',
  brief: '大二男生，凌晨独自在宿舍吞下安眠药后来电。',
  openingLine: '喂……我好像做了傻事。',
  reveals: [{ topic: 'location', whenAsked: '问现在具体在哪里', fact: '福大学生公寓 5 号楼 302 室。' }],
  expected: {
    riskLevel: 'imminent',
    callType: 'counselling',
    askScreener: true,
    location: true,
    callBack: true,
    emergencyService: '120',
    referral: true,
    followUp: false,
  },
  builtIn: true,
  retiredAt: null,
  updatedAt: '2026-11-01T00:00:00.000Z',
};

/** The counsellor1 of the mock staff, still in training. */
export const mockTrainee: Trainee = {
  id: mockStaffUuid('s1'),
  displayName: '张咨询员',
  username: 'counsellor1',
  centre: '0591',
  extension: '8001',
  trainee: true,
  signedOffAt: null,
  signedOffBy: null,
  mockCalls: 0,
};

/** The training library as the mock API keeps it; a test adds mock calls' results as it needs them. */
export function createTrainingMockData() {
  return {
    scenarios: [mockScenario] as Scenario[],
    trainees: [{ ...mockTrainee }] as Trainee[],
    /** Mock calls' results by call id, with the talk time a trainee's progress adds up. */
    results: new Map<string, { result: TrainingResult; talkSec: number }>(),
  };
}
