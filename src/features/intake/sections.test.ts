import { describe, expect, it } from 'vitest';
import { errorPaths, firstSectionWithProblem, moveSection, sectionMove, sectionOfPath, shownSection, visibleSections, type SectionKey } from './sections';

const key = (over: Partial<SectionKey>): SectionKey => ({ key: '', code: '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...over });

describe('intake sections', () => {
  it.each([
    [false, false, ['callType', 'caller', 'problems', 'risk', 'referral', 'outcome', 'summary']],
    [true, false, ['imminent', 'callType', 'caller', 'problems', 'risk', 'referral', 'outcome', 'summary']],
    [true, true, ['callType']],
  ])('imminent %s, nuisance %s: %j', (imminent, nuisance, expected) => {
    expect(visibleSections(imminent, nuisance)).toEqual(expected);
  });

  it.each([
    ['callType', 'callType'],
    ['caller.relationship', 'caller'],
    ['problems', 'problems'],
    ['screener', 'risk'],
    ['lifeline.intent.planWithTime', 'risk'],
    ['riskOverride.reason', 'risk'],
    ['imminent.location', 'imminent'],
    ['imminent.callbackNumber', 'imminent'],
    ['safety.emergencyHandoff.outcome', 'imminent'],
    ['safety', 'outcome'],
    ['safety.safetyPlanNote', 'outcome'],
    ['services', 'outcome'],
    ['outcome', 'outcome'],
    ['followUp.date', 'outcome'],
    ['referral.institutionId', 'referral'],
    ['summary', 'summary'],
    ['', 'outcome'],
  ])('%s is in the %s section', (path, section) => {
    expect(sectionOfPath(path)).toBe(section);
  });

  it('sends the counsellor to the first section, in form order, that still needs something', () => {
    const all = visibleSections(true, false);
    expect(firstSectionWithProblem(['services', 'screener', 'imminent.location'], all)).toBe('imminent');
    expect(firstSectionWithProblem(['outcome', 'problems'], all)).toBe('problems');
    expect(firstSectionWithProblem([], all)).toBeNull();
  });

  it.each([
    [key({ altKey: true, key: 'PageDown' }), false, 'next'],
    [key({ altKey: true, key: 'PageUp' }), false, 'previous'],
    [key({ altKey: true, code: 'KeyR', key: '®' }), false, 'risk'],
    [key({ altKey: true, code: 'KeyR', isComposing: true }), false, null],
    [key({ altKey: true, shiftKey: true, key: 'PageDown' }), false, null],
    [key({ ctrlKey: true, key: 'PageDown' }), false, null],
    [key({ altKey: true, code: 'Digit1', key: '1' }), false, null],
    [key({ key: 'ArrowRight' }), true, 'next'],
    [key({ key: 'ArrowLeft' }), true, 'previous'],
    [key({ key: 'Home' }), true, 'first'],
    [key({ key: 'End' }), true, 'last'],
    [key({ key: 'ArrowRight' }), false, null],
    [key({ key: 'r', code: 'KeyR' }), false, null],
  ])('%j on the tab list %s moves %s', (event, onTabList, move) => {
    expect(sectionMove(event, onTabList)).toBe(move);
  });

  it.each([
    ['callType', 'next', 'caller'],
    ['summary', 'next', 'callType'],
    ['callType', 'previous', 'summary'],
    ['problems', 'first', 'callType'],
    ['problems', 'last', 'summary'],
    ['summary', 'risk', 'risk'],
  ] as const)('from %s, %s lands on %s', (from, move, to) => {
    expect(moveSection(visibleSections(false, false), from, move)).toBe(to);
  });

  it('stays put when the risk screen is not on offer (a nuisance call)', () => {
    expect(moveSection(['callType'], 'callType', 'risk')).toBe('callType');
    expect(moveSection(['callType'], 'callType', 'next')).toBe('callType');
  });
});

describe('the section on show', () => {
  it.each([
    [['callType', 'caller', 'risk'], 'caller', 'caller'],
    [['callType', 'caller', 'risk'], 'imminent', 'risk'],
    [['callType'], 'risk', 'callType'],
  ] as const)('of %j, chosen %s, is %s', (sections, chosen, shown) => {
    expect(shownSection([...sections], chosen)).toBe(shown);
  });

  it('finds every invalid field in react-hook-form errors, nested or in lists', () => {
    const ref = { name: 'x' };
    expect(
      errorPaths({
        caller: { relationship: { type: 'too_big', message: 'text.tooLong', ref } },
        imminent: { location: { type: 'completion', message: 'intake.locationRequired' } },
        problems: [undefined, { detail: { type: 'custom', message: 'intake.unknownDetail' } }],
      }),
    ).toEqual(['caller.relationship', 'imminent.location', 'problems.1.detail']);
    expect(errorPaths({})).toEqual([]);
  });
});
