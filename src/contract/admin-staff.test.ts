import { describe, expect, it } from 'vitest';
import { mayManage, passwordProblems, type Manager } from './admin-staff';

describe('the password policy', () => {
  it.each([
    ['Fresh-Start-2026', 'wu', undefined, []],
    ['fresh-start-2026', 'wu', undefined, []],
    ['咨询热线Pass2026', 'wu', undefined, []],
    ['Short-1a', 'wu', undefined, ['adminStaff.passwordTooShort']],
    ['alllowercaseletters', 'wu', undefined, ['adminStaff.passwordTooFewClasses']],
    ['ALLUPPER123456', 'wu', undefined, ['adminStaff.passwordTooFewClasses']],
    ['onlyletters AND', 'wu', undefined, []],
    ['12345678901', 'wu', undefined, ['adminStaff.passwordTooFewClasses']],
    ['My-Counsellor1-pw', 'Counsellor1', undefined, ['adminStaff.passwordContainsUsername']],
    ['Kx7pQ-m2rTz-9wAbc', 'wu', 'Kx7pQ-m2rTz-9wAbc', ['adminStaff.passwordReused']],
    ['abc', 'abc', 'abc', ['adminStaff.passwordTooShort', 'adminStaff.passwordTooFewClasses', 'adminStaff.passwordContainsUsername', 'adminStaff.passwordReused']],
  ])('%s (username %s, previous %s): %j', (password, username, previous, expected) => {
    expect(passwordProblems(password, { username, previous })).toEqual(expected);
  });
});

describe('who may manage an account', () => {
  const admin: Manager = { role: 'admin', centre: null, supervisorsManageStaff: false };
  const supervisor: Manager = { role: 'supervisor', centre: '0591', supervisorsManageStaff: true };
  it.each([
    [admin, 'admin', null, true],
    [admin, 'supervisor', '0592', true],
    [supervisor, 'counsellor', '0591', true],
    [supervisor, 'counsellor', '0592', false],
    [supervisor, 'supervisor', '0591', false],
    [supervisor, 'trainer', null, false],
    [{ ...supervisor, supervisorsManageStaff: false }, 'counsellor', '0591', false],
    [{ ...supervisor, centre: null }, 'counsellor', null, false],
    [{ role: 'counsellor', centre: '0591', supervisorsManageStaff: true } as Manager, 'counsellor', '0591', false],
    [{ role: 'trainer', centre: null, supervisorsManageStaff: true } as Manager, 'counsellor', '0591', false],
  ] as const)('%o manages a %s of %s: %s', (manager, role, centre, expected) => {
    expect(mayManage(manager, { role, centre })).toBe(expected);
  });
});
