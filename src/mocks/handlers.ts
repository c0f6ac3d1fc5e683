import { http, HttpResponse } from 'msw';
import { api, supervisionSipUsername, trainingSipUsername, type Me } from '../contract';
import { mockData } from './data';
import { contactHandlers } from './contact-handlers';
import { nuisanceHandlers } from './nuisance-handlers';
import { mockLiveStream } from './live-handlers';
import { helpHandlers } from './help-handlers';
import { shiftHandlers } from './shift-handlers';
import { transferHandlers } from './transfer-handlers';
import { alertHandlers } from './alert-handlers';
import { reportHandlers } from './report-handlers';
import { reviewHandlers } from './review-handlers';
import { auditLogHandlers } from './audit-log-handlers';
import { trainingLibraryHandlers } from './training-library-handlers';
import { supervisionHandlers } from './supervision-handlers';
import { followUpHandlers } from './follow-up-handlers';
import { mockCallHandlers } from './mock-call-handlers';
import { centreConfigHandlers } from './centre-config-handlers';
import { staffAdminHandlers } from './staff-admin-handlers';
import { MockApiError, mockEndpoint } from './endpoint-handler';

function signedIn(): Me {
  if (!mockData.signedIn) throw new MockApiError(401, 'unauthenticated');
  const { password: _password, sipUsername: _sip, ...me } = mockData.signedIn;
  return me;
}

const MOCK_SIP = { wsUrl: 'ws://127.0.0.1:8357', domain: '12356.local', registerExpiresSec: 300 };

/** Answers every request with a network error while `mockData.outage` is set. */
const outage = http.all('/api/*', () => (mockData.outage ? HttpResponse.error() : undefined));

export const handlers = [
  outage,
  mockEndpoint(api.health, () => ({ ok: true, store: 'pglite' })),
  mockEndpoint(api.login, ({ body }) => {
    const { username, password } = body;
    if (mockData.failedSignIns >= 5) throw new MockApiError(429, 'too_many_attempts');
    const found = mockData.staff.find((member) => member.username === username && member.password === password);
    if (!found) {
      mockData.failedSignIns += 1;
      throw new MockApiError(401, 'bad_credentials');
    }
    mockData.signedIn = found;
    return signedIn();
  }),
  mockEndpoint(api.logout, () => {
    signedIn();
    mockData.signedIn = null;
    return { ok: true };
  }),
  mockEndpoint(api.me, () => signedIn()),
  mockEndpoint(api.sipConfig, () => {
    signedIn();
    return MOCK_SIP;
  }),
  mockEndpoint(api.sipCredentials, ({ body }) => {
    const me = signedIn();
    const { asNumber, tabId, purpose } = body;
    if (asNumber && me.role !== 'trainer' && me.role !== 'admin') throw new MockApiError(403, 'forbidden');
    if (purpose === 'supervision') {
      if (me.role !== 'supervisor' || asNumber) throw new MockApiError(403, 'forbidden');
      return { ...MOCK_SIP, username: supervisionSipUsername(mockData.signedIn?.sipUsername ?? ''), password: 'mock-password', displayName: me.displayName };
    }
    if (purpose === 'training') {
      if (me.role !== 'trainer' || asNumber) throw new MockApiError(403, 'forbidden');
      return { ...MOCK_SIP, username: trainingSipUsername(mockData.signedIn?.sipUsername ?? ''), password: 'mock-password', displayName: me.displayName };
    }
    mockData.seatHolderTab = tabId;
    return {
      ...MOCK_SIP,
      username: asNumber ?? mockData.signedIn?.sipUsername ?? '',
      password: 'mock-password',
      displayName: asNumber ?? me.displayName,
    };
  }),
  mockEndpoint(api.sipSeatHolder, ({ query }) => {
    signedIn();
    return { heldByThisTab: mockData.seatHolderTab === query.tabId };
  }),
  mockEndpoint(api.lines, () => {
    signedIn();
    return { provinceZh: '福建省', provinceEn: 'Fujian', centres: mockData.centres };
  }),
  ...contactHandlers,
  ...transferHandlers,
  ...shiftHandlers,
  ...nuisanceHandlers,
  ...alertHandlers,
  ...followUpHandlers,
  ...helpHandlers,
  ...reviewHandlers,
  ...auditLogHandlers,
  ...reportHandlers,
  ...supervisionHandlers,
  ...trainingLibraryHandlers,
  ...mockCallHandlers,
  ...centreConfigHandlers,
  ...staffAdminHandlers,
  // A quiet centre; a test that needs events uses its own mockLiveStream.
  mockLiveStream().handler,
];
