import type { Supervision, SupervisionGrant } from '../contract';
import { supervisionEndpoints } from '../contract/api-supervision';
import { mockData } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';

/** A counsellor's live call as the mock API knows it: what a supervisor may ask to listen in on. */
export interface MockLiveCall {
  callId: string;
  staffId: string;
  counsellorName: string;
  extension: string;
  areaCode: string;
}

/** A supervision as the mock API keeps it: the grant's token stays here, as on the server. */
export interface MockSupervision {
  supervision: Supervision;
  token: string;
}

const GRANT_LIFETIME_MS = 30_000;

function signedIn() {
  if (!mockData.signedIn) throw new MockApiError(401, 'unauthenticated');
  return mockData.signedIn;
}

function supervisorOfCentre(areaCode: string) {
  const me = signedIn();
  if (me.role !== 'supervisor' || me.centre?.areaCode !== areaCode) throw new MockApiError(403, 'forbidden');
  return me;
}

/** Its supervisor or its counsellor; anyone else learns nothing of it. */
function partyTo(id: string, roles: readonly ('supervisor' | 'counsellor')[] = ['supervisor', 'counsellor']): MockSupervision {
  const me = signedIn();
  const found = mockData.supervisions.get(id);
  const isSupervisor = found?.supervision.supervisorId === me.id && roles.includes('supervisor');
  const isCounsellor = found?.supervision.counsellorId === me.id && roles.includes('counsellor');
  if (!found || !(isSupervisor || isCounsellor)) throw new MockApiError(404, 'not_found');
  return found;
}

function token(): string {
  return crypto.randomUUID().replaceAll('-', '') + crypto.randomUUID().replaceAll('-', '');
}

/**
 * Supervision as the API rules it: only a supervisor of the call's centre, only on a live call
 * (`mockData.liveCalls`), a grant vouched for once, modes changed and ended by its parties.
 */
export const supervisionHandlers = [
  mockEndpoint(supervisionEndpoints.startSupervision, ({ body }): SupervisionGrant => {
    signedIn();
    const call = mockData.liveCalls.find((live) => live.callId === body.callId);
    if (!call) throw new MockApiError(409, 'conflict');
    const me = supervisorOfCentre(call.areaCode);
    const id = crypto.randomUUID();
    const grant = { id, token: token(), callId: call.callId, mode: body.mode, extension: call.extension, counsellorName: call.counsellorName };
    mockData.supervisions.set(id, {
      token: grant.token,
      supervision: {
        id,
        callId: call.callId,
        state: 'granted',
        mode: body.mode,
        supervisorId: me.id,
        supervisorName: me.displayName,
        counsellorId: call.staffId,
        startedAt: null,
        endedAt: null,
        endReason: null,
      },
    });
    return { ...grant, expiresAt: new Date(Date.now() + GRANT_LIFETIME_MS).toISOString() };
  }),
  mockEndpoint(supervisionEndpoints.vouchSupervision, ({ params, body }) => {
    const me = signedIn();
    const found = mockData.supervisions.get(params.id);
    const genuine = found?.token === body.token && found.supervision.callId === body.callId && found.supervision.counsellorId === me.id;
    if (!found || !genuine || found.supervision.state !== 'granted') throw new MockApiError(403, 'forbidden');
    found.supervision = { ...found.supervision, state: 'live', startedAt: new Date().toISOString() };
    return found.supervision;
  }),
  mockEndpoint(supervisionEndpoints.supervision, ({ params }) => partyTo(params.id).supervision),
  mockEndpoint(supervisionEndpoints.changeSupervisionMode, ({ params, body }) => {
    const found = partyTo(params.id, ['supervisor']);
    if (found.supervision.state === 'ended') throw new MockApiError(409, 'conflict');
    found.supervision = { ...found.supervision, mode: body.mode };
    return found.supervision;
  }),
  mockEndpoint(supervisionEndpoints.endSupervision, ({ params, body }) => {
    const found = partyTo(params.id);
    if (found.supervision.state !== 'ended') {
      found.supervision = { ...found.supervision, state: 'ended', endedAt: new Date().toISOString(), endReason: body.reason };
    }
    return found.supervision;
  }),
];
