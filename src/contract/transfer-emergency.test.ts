import { describe, expect, it } from 'vitest';
import { confirmsEmergencyChanges, emergencyChanges, type EmergencyChange } from './transfer-emergency';
import type { TransferTarget } from './transfer';

const police: TransferTarget = { id: 'police', kind: 'police', nameZh: '公安报警', nameEn: 'Police', number: '110', emergency: true };
const ambulance: TransferTarget = { id: 'ambulance', kind: 'ambulance', nameZh: '医疗急救', nameEn: 'Ambulance', number: '120', emergency: true };
const youth: TransferTarget = { id: 'youth', kind: 'hotline', nameZh: '青少年服务台', nameEn: 'Youth line', number: '12355', emergency: false };
const before = [police, ambulance, youth];

describe('what a new directory changes about emergency numbers', () => {
  it.each<[string, TransferTarget[], EmergencyChange[]]>([
    ['nothing, when only names, order and other entries change', [youth, { ...ambulance, nameZh: '急救' }, police], []],
    ['a number', [{ ...police, number: '13800000000' }, ambulance, youth], [{ id: 'police', from: { number: '110', emergency: true }, to: { number: '13800000000', emergency: true } }]],
    ['an emergency flag taken off', [police, { ...ambulance, emergency: false }, youth], [{ id: 'ambulance', from: { number: '120', emergency: true }, to: { number: '120', emergency: false } }]],
    ['an entry removed', [ambulance, youth], [{ id: 'police', from: { number: '110', emergency: true }, to: null }]],
    ['an entry made an emergency one', [police, ambulance, { ...youth, emergency: true }], [{ id: 'youth', from: { number: '12355', emergency: false }, to: { number: '12355', emergency: true } }]],
    ['an emergency entry added', [...before, { ...police, id: 'police-2', number: '12110' }], [{ id: 'police-2', from: null, to: { number: '12110', emergency: true } }]],
  ])('%s', (_case, after, changes) => {
    expect(emergencyChanges(before, after)).toEqual(changes);
  });
});

describe('whether a request confirms them', () => {
  const changes = emergencyChanges(before, [{ ...police, number: '999' }, youth]);
  it.each<[string, string[], boolean]>([
    ['each changed entry named', ['police', 'ambulance'], true],
    ['in any order', ['ambulance', 'police'], true],
    ['one missing', ['police'], false],
    ['one more than changed', ['police', 'ambulance', 'fire'], false],
    ['none', [], false],
  ])('%s: %s', (_case, confirmed, confirms) => {
    expect(confirmsEmergencyChanges(changes, confirmed)).toBe(confirms);
  });

  it('needs nothing when nothing changes', () => {
    expect(confirmsEmergencyChanges([], [])).toBe(true);
    expect(confirmsEmergencyChanges([], ['police'])).toBe(false);
  });
});
