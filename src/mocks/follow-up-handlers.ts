import { api } from '../contract';
import { mockData, type MockStaff } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';

function me(): MockStaff {
  if (!mockData.signedIn) throw new MockApiError(401, 'unauthenticated');
  return mockData.signedIn;
}

/** Every mock follow-up is of the signed-in staff member's centre: the visibility rule is the assignee's. */
const visible = (staff: MockStaff, assignedToId: string | null) =>
  staff.role === 'supervisor' || assignedToId === null || assignedToId === staff.id;

/** Follow-up tasks with the API's visibility rule: one's own and unassigned, or (supervisor) all. */
export const followUpHandlers = [
  mockEndpoint(api.followUps, ({ query }) => {
    const staff = me();
    const state = query.state ?? 'open';
    const followUps = mockData.followUps
      .filter((item) => visible(staff, item.assignedToId))
      .filter((item) => state === 'all' || (state === 'open') === (item.closedAt === null))
      .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    return { followUps };
  }),
  mockEndpoint(api.closeFollowUp, ({ params, body }) => {
    const staff = me();
    const item = mockData.followUps.find((candidate) => candidate.id === params.id);
    if (!item || !visible(staff, item.assignedToId)) throw new MockApiError(404, 'not_found');
    if (item.closedAt !== null) throw new MockApiError(409, 'conflict');
    Object.assign(item, { closedAt: new Date().toISOString(), closedByName: staff.displayName, outcome: body.outcome, outcomeNote: body.note.trim() });
    return item;
  }),
  mockEndpoint(api.reassignFollowUp, ({ params, body }) => {
    const staff = me();
    if (staff.role !== 'supervisor') throw new MockApiError(403, 'forbidden');
    const item = mockData.followUps.find((candidate) => candidate.id === params.id);
    if (!item) throw new MockApiError(404, 'not_found');
    const assignee = mockData.staff.find((candidate) => candidate.id === body.assignedToId) ?? null;
    Object.assign(item, { assignedToId: assignee?.id ?? null, assignedToName: assignee?.displayName ?? null });
    return item;
  }),
];
