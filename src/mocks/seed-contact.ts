import { emptyIntake } from '../contract';
import { mockData, type MockContact } from './data';

/** Puts a record of counsellor1 (Fuzhou) into the mock API, as if a call had been taken earlier; returns its id. */
export function seedMockContact(overrides: Partial<MockContact> = {}): string {
  const staff = mockData.staff[0];
  if (!staff) throw new Error('the mock API has no staff');
  const id = overrides.id ?? crypto.randomUUID();
  mockData.contacts.set(id, {
    id,
    callId: `call-${id}`,
    dialled: '059112356',
    areaCode: '0591',
    counsellorId: staff.id,
    counsellorName: staff.displayName,
    callerNumberMasked: '138****8000',
    callerNumber: '13800138000',
    answeredAt: new Date().toISOString(),
    endedAt: null,
    completedAt: null,
    status: 'draft',
    callType: 'counselling',
    riskLevel: 'none',
    intake: emptyIntake('0591'),
    notes: [],
    intakeRevision: 0,
    notesRevision: 0,
    transfers: [],
    transfersRevision: 0,
    callerHistory: { previousContacts: 0, lastContactAt: null, lastRiskLevel: null, nuisanceCalls: 0, nuisanceListed: false },
    supervisionLog: [],
    ...overrides,
  });
  return id;
}
