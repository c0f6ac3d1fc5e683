import { describe, expect, it } from 'vitest';
import type { Intake } from '../../src/contract';
import { highRiskIntake, intakeWith, rescueIntake } from '../testing/contacts';
import { followUpDue } from './rule';

const completedAt = new Date('2026-03-01T14:30:00.000Z');

const imminentIntake = (): Intake => {
  const intake = highRiskIntake();
  return { ...intake, lifeline: { ...intake.lifeline, intent: { ...intake.lifeline.intent, attemptInProgress: true } } };
};

describe('followUpDue', () => {
  it.each<[string, () => Intake, 'high' | 'imminent' | null]>([
    ['high risk without a hand-off', highRiskIntake, 'high'],
    ['imminent risk without a hand-off', imminentIntake, 'imminent'],
    ['imminent risk handed to 120 (the rescue is followed instead)', () => rescueIntake(), null],
    ['high risk handed to 110', () => ({ ...rescueIntake({ service: '110' }), lifeline: highRiskIntake().lifeline }), null],
    ['moderate risk', () => intakeWith((intake) => (intake.screener = { ...intake.screener, wishedDead: 'yes', suicidalThoughts: 'yes', method: 'yes' })), null],
    ['no risk', () => intakeWith(() => undefined), null],
    ['a prank call marked high', () => ({ ...highRiskIntake(), callType: 'prank' as const }), null],
    ['a silent call', () => ({ ...imminentIntake(), callType: 'silent' as const }), null],
  ])('%s', (_, intake, level) => {
    expect(followUpDue(intake(), completedAt, 24)?.riskLevel ?? null).toBe(level);
  });

  it.each([
    [24, '2026-03-02T14:30:00.000Z'],
    [4, '2026-03-01T18:30:00.000Z'],
    [72, '2026-03-04T14:30:00.000Z'],
  ])('is due %i hours after completion', (hours, due) => {
    expect(followUpDue(highRiskIntake(), completedAt, hours)?.dueAt.toISOString()).toBe(due);
  });
});
