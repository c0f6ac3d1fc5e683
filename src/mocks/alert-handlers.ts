import { api } from '../contract';
import { mockData } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';

/** Centre alerts a supervisor acknowledges (who and when are kept, the first acknowledgement wins). */
export const alertHandlers = [
  mockEndpoint(api.acknowledgeAlert, ({ params }) => {
    const me = mockData.signedIn;
    if (!me) throw new MockApiError(401, 'unauthenticated');
    if (me.role !== 'supervisor') throw new MockApiError(403, 'forbidden');
    const alert = mockData.alerts.find((candidate) => candidate.id === params.id);
    if (!alert) throw new MockApiError(404, 'not_found');
    if (alert.acknowledgedAt === null) Object.assign(alert, { acknowledgedAt: new Date().toISOString(), acknowledgedBy: me.displayName });
    return alert;
  }),
];
