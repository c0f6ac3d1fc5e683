import {
  api,
  beijingDate,
  completionProblems,
  emptyIntake,
  intakeRiskLevel,
  maskNumber,
  parseDialledLine,
  saveConflicts,
  type CallerHistory,
  type ContactRecord,
} from '../contract';
import { mockData, type MockContact } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';
import { mockListed } from './nuisance-handlers';

function me() {
  if (!mockData.signedIn) throw new MockApiError(401, 'unauthenticated');
  return mockData.signedIn;
}

function own(id: string) {
  const contact = mockData.contacts.get(id);
  if (!contact || contact.counsellorId !== me().id) throw new MockApiError(404, 'not_found');
  return contact;
}

/** The API's read rule: the record's counsellor, or a supervisor of that counsellor's centre. */
export function readable(id: string) {
  const contact = mockData.contacts.get(id);
  const staff = me();
  const centreOf = (staffId: string) => mockData.staff.find((member) => member.id === staffId)?.centre?.areaCode;
  const supervises = staff.role === 'supervisor' && contact !== undefined && centreOf(contact.counsellorId) === staff.centre?.areaCode;
  if (!contact || (contact.counsellorId !== staff.id && !supervises)) throw new MockApiError(404, 'not_found');
  return contact;
}

function strip({ callerNumber: _number, ...record }: MockContact): ContactRecord {
  return record;
}

function historyOf(callerNumber: string, except?: string): CallerHistory {
  const earlier = [...mockData.contacts.values()].filter((contact) => contact.callerNumber === callerNumber && contact.id !== except);
  const last = earlier.sort((a, b) => b.answeredAt.localeCompare(a.answeredAt))[0];
  return {
    previousContacts: earlier.length,
    lastContactAt: last?.answeredAt ?? null,
    lastRiskLevel: last?.riskLevel ?? null,
    nuisanceCalls: earlier.filter((contact) => contact.callType !== 'counselling').length,
    nuisanceListed: mockListed(callerNumber),
  };
}

/** The API's rule: a revision not newer with other content is another tab's edit, not a retry. */
function assertNoConflict(revision: number, storedRevision: number, value: unknown, stored: unknown): void {
  if (saveConflicts(revision, { revision: storedRevision, value: stored }, value)) {
    throw new MockApiError(409, 'conflict', storedRevision);
  }
}

/** The call-record endpoints of the mock API, with the real access and revision rules. */
export const contactHandlers = [
  mockEndpoint(api.startContact, ({ body: request }) => {
    const staff = me();
    const existing = mockData.contacts.get(request.id);
    if (existing) return strip(existing);
    const areaCode = parseDialledLine(request.dialled)?.areaCode ?? null;
    const record: MockContact = {
      id: request.id,
      callId: request.callId,
      dialled: request.dialled,
      areaCode,
      counsellorId: staff.id,
      counsellorName: staff.displayName,
      callerNumberMasked: maskNumber(request.callerNumber),
      callerNumber: request.callerNumber,
      answeredAt: request.answeredAt,
      endedAt: null,
      completedAt: null,
      status: 'draft',
      callType: 'counselling',
      riskLevel: 'none',
      reviewed: false,
      intake: emptyIntake(areaCode ?? 'unknown'),
      notes: [],
      intakeRevision: 0,
      notesRevision: 0,
      transfers: [],
      transfersRevision: 0,
      callerHistory: historyOf(request.callerNumber, request.id),
      supervisorInformed: false,
      followUp: null,
      supervisionLog: [],
    };
    mockData.contacts.set(record.id, record);
    return strip(record);
  }),
  mockEndpoint(api.listContacts, () => {
    const staff = me();
    const contacts = [...mockData.contacts.values()]
      .filter((contact) => contact.counsellorId === staff.id)
      .map(({ intake: _i, notes: _n, intakeRevision: _ir, notesRevision: _nr, transfers: _t, transfersRevision: _tr, callerHistory: _h, callerNumber: _c, supervisorInformed: _si, followUp: _f, supervisionLog: _sl, ...summary }) => summary);
    return { contacts };
  }),
  mockEndpoint(api.contact, ({ params }) => strip(readable(params.id))),
  mockEndpoint(api.saveIntake, ({ params, body }) => {
    const contact = own(params.id);
    const { revision, intake } = body;
    if (contact.status !== 'draft') throw new MockApiError(409, 'conflict');
    assertNoConflict(revision, contact.intakeRevision, intake, contact.intake);
    if (revision > contact.intakeRevision) {
      Object.assign(contact, { intake, intakeRevision: revision, riskLevel: intakeRiskLevel(intake), callType: intake.callType });
    }
    return { revision: contact.intakeRevision, savedAt: new Date().toISOString() };
  }),
  mockEndpoint(api.saveNotes, ({ params, body }) => {
    const contact = own(params.id);
    const { revision, notes } = body;
    if (contact.status !== 'draft') throw new MockApiError(409, 'conflict');
    assertNoConflict(revision, contact.notesRevision, notes, contact.notes);
    if (revision > contact.notesRevision) Object.assign(contact, { notes, notesRevision: revision });
    return { revision: contact.notesRevision, savedAt: new Date().toISOString() };
  }),
  mockEndpoint(api.endCall, ({ params, body }) => {
    const contact = own(params.id);
    contact.endedAt ??= body.endedAt;
    const { intake: _i, notes: _n, intakeRevision: _ir, notesRevision: _nr, transfers: _t, transfersRevision: _tr, callerHistory: _h, callerNumber: _c, supervisorInformed: _si, followUp: _f, supervisionLog: _sl, ...summary } = contact;
    return summary;
  }),
  mockEndpoint(api.completeContact, ({ params, body: request }) => {
    const contact = own(params.id);
    if (contact.status !== 'draft') throw new MockApiError(409, 'conflict');
    if (request.intakeRevision < contact.intakeRevision || request.notesRevision < contact.notesRevision) throw new MockApiError(409, 'conflict');
    assertNoConflict(request.intakeRevision, contact.intakeRevision, request.intake, contact.intake);
    assertNoConflict(request.notesRevision, contact.notesRevision, request.notes, contact.notes);
    if (completionProblems(request.intake, beijingDate(Date.now())).length > 0) throw new MockApiError(422, 'incomplete');
    Object.assign(contact, {
      intake: request.intake,
      notes: request.notes,
      intakeRevision: Math.max(contact.intakeRevision, request.intakeRevision),
      notesRevision: Math.max(contact.notesRevision, request.notesRevision),
      status: 'completed',
      completedAt: new Date().toISOString(),
    });
    return strip(contact);
  }),
  mockEndpoint(api.handOverRecord, ({ params, body }) => {
    const contact = own(params.id);
    const earlier = mockData.recordHandovers.get(contact.id);
    if (earlier) return earlier;
    if (contact.status !== 'draft') throw new MockApiError(409, 'conflict');
    const made = {
      contactId: contact.id,
      riskLevel: intakeRiskLevel(contact.intake),
      reason: body.reason.trim(),
      handedOverBy: me().id,
      handedOverByName: me().displayName,
      handedOverAt: new Date().toISOString(),
      recordCompleted: false,
    };
    mockData.recordHandovers.set(contact.id, made);
    return made;
  }),
  mockEndpoint(api.recordHandovers, () => {
    if (me().role !== 'supervisor') throw new MockApiError(403, 'forbidden');
    return { handovers: [...mockData.recordHandovers.values()].reverse() };
  }),
  mockEndpoint(api.revealCallerNumber, ({ params }) => ({ callerNumber: own(params.id).callerNumber })),
  mockEndpoint(api.callerHistory, ({ body }) => {
    me();
    return historyOf(body.callerNumber);
  }),
  mockEndpoint(api.institutions, () => {
    me();
    return { institutions: mockData.institutions };
  }),
  mockEndpoint(api.noteChips, () => {
    me();
    return { chips: mockData.noteChips };
  }),
];
