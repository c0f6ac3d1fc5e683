import { PUBLIC_LINE, beijingDate } from '../contract';
import { protocolCheck } from '../contract/protocol-check';
import { reviewEndpoints } from '../contract/api-review';
import type { ReviewListRow } from '../contract/review';
import { readable } from './contact-handlers';
import { mockData, type MockContact } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';

function supervisor() {
  const staff = mockData.signedIn;
  if (!staff) throw new MockApiError(401, 'unauthenticated');
  if (staff.role !== 'supervisor' || !staff.centre) throw new MockApiError(403, 'forbidden');
  return staff;
}

const centreOf = (contact: MockContact) => mockData.staff.find((member) => member.id === contact.counsellorId)?.centre?.areaCode;

function toRow(contact: MockContact): ReviewListRow {
  const { callerNumber: _c, intake, notes, intakeRevision: _ir, notesRevision: _nr, transfers: _t, transfersRevision: _tr, callerHistory: _h, ...summary } =
    contact;
  const checks = protocolCheck({ intake, notes, supervisorInformed: false });
  return {
    ...summary,
    reviewed: mockData.reviews.has(contact.id),
    protocolChecks: checks.map(({ check, met }) => ({ check, met })),
    protocolMisses: checks.filter((result) => !result.met).length,
    openFollowUp: false,
    openRescue: intake.safety.emergencyHandoff?.outcome === 'pending',
  };
}

/** Record review as the API does it: the supervisor's centre, the same filters, server paging. */
export const reviewHandlers = [
  mockEndpoint(reviewEndpoints.reviewRecords, ({ query }) => {
    const staff = supervisor();
    if (query.areaCode && query.areaCode !== staff.centre?.areaCode) throw new MockApiError(403, 'forbidden');
    const day = (contact: MockContact) => beijingDate(new Date(contact.answeredAt));
    const rows = [...mockData.contacts.values()]
      .filter((contact) => centreOf(contact) === staff.centre?.areaCode)
      .filter((contact) => !query.from || day(contact) >= query.from)
      .filter((contact) => !query.to || day(contact) <= query.to)
      .filter((contact) => !query.counsellorId || contact.counsellorId === query.counsellorId)
      .filter((contact) => !query.line || (query.line === PUBLIC_LINE ? contact.areaCode === null : contact.areaCode === query.line))
      .filter((contact) => !query.riskLevel || contact.riskLevel === query.riskLevel)
      .filter((contact) => !query.callType || contact.callType === query.callType)
      .filter((contact) => !query.problem || contact.intake.problems.some((problem) => problem.category === query.problem))
      .map(toRow)
      .filter((row) => !query.openRescue || row.openRescue === (query.openRescue === 'yes'))
      .filter((row) => !query.openFollowUp || row.openFollowUp === (query.openFollowUp === 'yes'))
      .filter((row) => !query.reviewState || row.reviewed === (query.reviewState === 'reviewed'))
      .sort((a, b) => b.answeredAt.localeCompare(a.answeredAt));
    const start = (query.page - 1) * query.pageSize;
    const counsellors = mockData.staff
      .filter((member) => member.centre?.areaCode === staff.centre?.areaCode && (member.role === 'counsellor' || member.role === 'supervisor'))
      .map((member) => ({ id: member.id, name: member.displayName }));
    return { records: rows.slice(start, start + query.pageSize), total: rows.length, totalCapped: false, page: query.page, pageSize: query.pageSize, counsellors };
  }),
  mockEndpoint(reviewEndpoints.contactReview, ({ params }) => {
    readable(params.id);
    return { review: mockData.reviews.get(params.id) ?? null };
  }),
  mockEndpoint(reviewEndpoints.saveContactReview, ({ params, body }) => {
    const staff = supervisor();
    const contact = readable(params.id);
    const earlier = mockData.reviews.get(contact.id);
    if (earlier && earlier.authorId !== staff.id) throw new MockApiError(403, 'forbidden');
    const now = new Date().toISOString();
    const review = {
      contactId: contact.id,
      text: body.text,
      authorId: staff.id,
      authorName: staff.displayName,
      createdAt: earlier?.createdAt ?? now,
      updatedAt: now,
    };
    mockData.reviews.set(contact.id, review);
    contact.reviewed = true;
    return { review };
  }),
];
