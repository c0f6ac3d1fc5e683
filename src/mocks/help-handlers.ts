import { api, type CentreAlert } from '../contract';
import { mockData } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';

function counsellor() {
  if (!mockData.signedIn) throw new MockApiError(401, 'unauthenticated');
  if (mockData.signedIn.role !== 'counsellor') throw new MockApiError(403, 'forbidden');
  return mockData.signedIn;
}

const latest = (staffId: string) => mockData.helpRequests.findLast((request) => request.staffId === staffId) ?? null;

/** Help requests as the API keeps them: a repeat while one is open answers the open one. */
export const helpHandlers = [
  mockEndpoint(api.requestHelp, ({ body }) => {
    const me = counsellor();
    const open = latest(me.id);
    if (open && open.acknowledgedAt === null) return open;
    const request: CentreAlert = {
      id: crypto.randomUUID(),
      kind: 'help',
      raisedAt: new Date().toISOString(),
      staffId: me.id,
      staffName: me.displayName,
      reason: body.reason.trim() || null,
      line: null,
      acknowledgedAt: null,
      acknowledgedBy: null,
    };
    mockData.helpRequests.push(request);
    return request;
  }),
  mockEndpoint(api.myHelpRequest, () => ({ request: latest(counsellor().id) })),
];
