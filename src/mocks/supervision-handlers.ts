import { api, type Supervision, type SupervisionGrant } from '../contract';
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

/** Only its supervisor and its counsellor know a supervision exists; to anyone else it does not. */
function visible(id: string) {
  const me = signedIn();
  const found = mockData.supervisions.get(id);
  if (!found || (found.supervision.supervisorId !== me.id && found.supervision.counsellorId !== me.id)) throw new MockApiError(404, 'not_found');
  return { me, found };
}

/** Which side may say what: the supervisor leaves; the counsellor's phone ends it with the call. */
const reasonsOf = { supervisor: ['supervisor-left'], counsellor: ['counsellor-ended', 'call-ended', 'transferred'] };

function token(): string {
  return crypto.randomUUID().replaceAll('-', '') + crypto.randomUUID().replaceAll('-', '');
}

/**
 * Supervision as the API rules it (server/supervision/*): only a supervisor of the call's centre,
 * only on a live call (`mockData.liveCalls`) nobody else supervises, a grant vouched for once, the
 * mode changed by its supervisor while live, and each side ending it for its own reasons.
 */
export const supervisionHandlers = [
  mockEndpoint(api.startSupervision, ({ body }): SupervisionGrant => {
    const me = signedIn();
    if (me.role !== 'supervisor') throw new MockApiError(403, 'forbidden');
    const call = mockData.liveCalls.find((live) => live.callId === body.callId);
    // Another centre's call is answered exactly like a call that does not exist.
    if (!call || call.areaCode !== me.centre?.areaCode) throw new MockApiError(404, 'not_found');
    const supervised = [...mockData.supervisions.values()].some((kept) => kept.supervision.callId === call.callId && kept.supervision.state === 'live');
    if (supervised) throw new MockApiError(409, 'conflict');
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
  mockEndpoint(api.vouchSupervision, ({ params, body }) => {
    const me = signedIn();
    const found = mockData.supervisions.get(params.id);
    const genuine = found?.token === body.token && found.supervision.callId === body.callId && found.supervision.counsellorId === me.id;
    if (!found || !genuine || found.supervision.state !== 'granted') throw new MockApiError(403, 'forbidden');
    found.supervision = { ...found.supervision, state: 'live', startedAt: new Date().toISOString() };
    return found.supervision;
  }),
  mockEndpoint(api.supervision, ({ params }) => visible(params.id).found.supervision),
  mockEndpoint(api.changeSupervisionMode, ({ params, body }) => {
    const { me, found } = visible(params.id);
    if (found.supervision.supervisorId !== me.id) throw new MockApiError(403, 'forbidden');
    if (found.supervision.state !== 'live') throw new MockApiError(409, 'conflict');
    found.supervision = { ...found.supervision, mode: body.mode };
    return found.supervision;
  }),
  mockEndpoint(api.endSupervision, ({ params, body }) => {
    const { me, found } = visible(params.id);
    const side = found.supervision.supervisorId === me.id ? reasonsOf.supervisor : reasonsOf.counsellor;
    if (!side.includes(body.reason)) throw new MockApiError(403, 'forbidden');
    if (found.supervision.state !== 'ended') {
      found.supervision = { ...found.supervision, state: 'ended', endedAt: new Date().toISOString(), endReason: body.reason };
    }
    return found.supervision;
  }),
];
