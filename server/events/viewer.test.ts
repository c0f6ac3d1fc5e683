import { describe, expect, it } from 'vitest';
import { mayReceive, type Audience, type Viewer } from './viewer';

const counsellor: Viewer = { role: 'counsellor', staffId: 'c1', centre: '0591' };
const supervisor: Viewer = { role: 'supervisor', staffId: 's1', centre: '0591' };
const supervisorWithoutCentre: Viewer = { role: 'supervisor', staffId: 's0', centre: null };
const admin: Viewer = { role: 'admin', staffId: 'a1' };

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
};

// Each row: who may receive it, in the order counsellor, supervisor, supervisor without centre, admin.
const table: Record<keyof typeof audiences, [boolean, boolean, boolean, boolean]> = {
  'own seat': [true, true, false, true],
  'a colleague’s seat': [false, true, false, true],
  'another centre’s counsellor': [false, false, false, true],
  'a centre-wide alert': [false, true, false, true],
  'own line’s figures': [true, false, false, false],
  'plain 12356 figures': [true, false, false, false],
  'another line’s figures': [false, false, false, false],
  'own line’s calls': [false, true, false, true],
  'plain 12356 calls': [false, true, true, true],
  'another line’s calls': [false, false, false, true],
};

describe('mayReceive', () => {
  it.each(Object.entries(table))('%s', (name, expected) => {
    const audience = audiences[name] as Audience;
    expect([counsellor, supervisor, supervisorWithoutCentre, admin].map((viewer) => mayReceive(viewer, audience))).toEqual(expected);
  });
});
