import { judgementItems, type TrainingResult } from '../contract/training';
import { mockData } from './data';
import { mockScenario, mockStaffUuid } from './training-data';

/**
 * A finished pills-at-night mock call of counsellor1 (s1) with trainer1 (s3), as the mock API
 * keeps it: its location obtained, no call-back, handed to 110 instead of 120; not yet scored.
 */
export function seedMockTrainingCall(overrides: Partial<TrainingResult['call']> = {}, talkSec = 600): TrainingResult {
  const id = crypto.randomUUID();
  const result: TrainingResult = {
    call: {
      id,
      state: 'ended',
      scenarioId: mockScenario.id,
      scenarioTitle: mockScenario.title,
      traineeId: mockStaffUuid('s1'),
      traineeName: '张咨询员',
      trainerId: mockStaffUuid('s3'),
      trainerName: '王培训师',
      callId: `training-${id}`,
      grantedAt: '2026-11-20T01:00:00.000Z',
      startedAt: '2026-11-20T01:00:10.000Z',
      endedAt: '2026-11-20T01:10:10.000Z',
      scored: false,
      ...overrides,
    },
    auto: [
      { item: 'risk-level', met: true, expected: 'imminent', actual: 'imminent' },
      { item: 'location', met: true, expected: 'given', actual: 'given' },
      { item: 'call-back', met: false, expected: 'given', actual: 'missing' },
      { item: 'emergency-handoff', met: false, expected: '120', actual: '110' },
      { item: 'handoff-packet', met: false, expected: 'complete', actual: 'callbackNumber' },
      { item: 'protocol-check', met: false, expected: 'all-met', actual: 'imminent-contact,supervisor-informed' },
    ],
    judgement: judgementItems.map((item) => ({ item, score: null, comment: '' })),
    comment: '',
    scoredAt: null,
    scoredBy: null,
  };
  mockData.training.results.set(id, { result, talkSec });
  return result;
}
