import { describe, expect, it } from 'vitest';
import { mayReceive, type Audience, type Viewer } from './viewer';

const counsellor: Viewer = { role: 'counsellor', staffId: 'c1', centre: '0591' };
const supervisor: Viewer = { role: 'supervisor', staffId: 's1', centre: '0591' };
const supervisorWithoutCentre: Viewer = { role: 'supervisor', staffId: 's0', centre: null };
const admin: Viewer = { role: 'admin', staffId: 'a1' };
const trainer: Viewer = { role: 'trainer', staffId: 't1' };

const audiences: Record<string, Audience> = {
  'own seat': { to: 'staff', centre: '0591', staffId: 'c1' },
  'a colleague’s seat': { to: 'staff', centre: '0591', staffId: 'c2' },
  'another centre’s counsellor': { to: 'staff', centre: '0592', staffId: 'c3' },
  'a centre-wide alert': { to: 'staff', centre: '0591', staffId: null },
  'own line’s figures': { to: 'line', areaCode: '0591', roles: 'counsellors' },
  'plain 12356 figures': { to: 'line', areaCode: null, roles: 'counsellors' },
  'another line’s figures': { to: 'line', areaCode: '0592', roles: 'counsellors' },
  'own line’s calls': { to: 'line', areaCode: '0591', roles: 'supervisors' },
  'plain 12356 calls': { to: 'line', areaCode: null, roles: 'supervisors' },
  'another line’s calls': { to: 'line', areaCode: '0592', roles: 'supervisors' },
  'own mock call': { to: 'trainer', trainerId: 't1' },
  'another trainer’s mock call': { to: 'trainer', trainerId: 't2' },
  'a mock call run by a counsellor’s id': { to: 'trainer', trainerId: 'c1' },
};

// Each row: who may receive it, in the order counsellor, supervisor, supervisor without centre, admin, trainer.
const table: Record<keyof typeof audiences, [boolean, boolean, boolean, boolean, boolean]> = {
  'own seat': [true, true, false, true, false],
  'a colleague’s seat': [false, true, false, true, false],
  'another centre’s counsellor': [false, false, false, true, false],
  'a centre-wide alert': [false, true, false, true, false],
  'own line’s figures': [true, false, false, false, false],
  'plain 12356 figures': [true, false, false, false, false],
  'another line’s figures': [false, false, false, false, false],
  'own line’s calls': [false, true, false, true, false],
  'plain 12356 calls': [false, true, true, true, false],
  'another line’s calls': [false, false, false, true, false],
  'own mock call': [false, false, false, false, true],
  'another trainer’s mock call': [false, false, false, false, false],
  'a mock call run by a counsellor’s id': [false, false, false, false, false],
};

describe('mayReceive', () => {
  it.each(Object.entries(table))('%s', (name, expected) => {
    const audience = audiences[name] as Audience;
    expect([counsellor, supervisor, supervisorWithoutCentre, admin, trainer].map((viewer) => mayReceive(viewer, audience))).toEqual(expected);
  });
});
