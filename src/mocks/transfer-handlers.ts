import { api, type HandoffView, type OpenRescue, type TransferDirectoryEntry } from '../contract';
import { mockData } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';

function me() {
  if (!mockData.signedIn) throw new MockApiError(401, 'unauthenticated');
  return mockData.signedIn;
}

export const mockDirectory: TransferDirectoryEntry[] = [
  { id: 'police', kind: 'police', nameZh: '公安报警', nameEn: 'Police', number: '110', emergency: true, available: true },
  { id: 'ambulance', kind: 'ambulance', nameZh: '医疗急救', nameEn: 'Ambulance', number: '120', emergency: true, available: true },
  { id: 'hotline-12355', kind: 'hotline', nameZh: '青少年服务台', nameEn: 'Youth line', number: '12355', emergency: false, available: true },
  { id: 'supervisor', kind: 'supervisor', nameZh: '督导', nameEn: 'Supervisor on duty', number: '', emergency: false, available: false },
];

/** As the API: a packet is served for 24 hours after it was written. */
const HANDOFF_READABLE_MS = 24 * 60 * 60 * 1000;

const centreOf = (staffId: string) => mockData.staff.find((member) => member.id === staffId)?.centre?.areaCode;

/** The transfer endpoints of the mock API. */
export const transferHandlers = [
  mockEndpoint(api.transferTargets, () => {
    me();
    return { targets: mockDirectory };
  }),
  mockEndpoint(api.rescues, ({ query }) => {
    const staff = me();
    const { scope } = query;
    if (scope === 'centre' && staff.role !== 'supervisor') throw new MockApiError(403, 'forbidden');
    const rescues: OpenRescue[] = [...mockData.contacts.values()]
      .filter((contact) => contact.intake.safety.emergencyHandoff?.outcome === 'pending')
      .filter((contact) => (scope === 'mine' ? contact.counsellorId === staff.id : centreOf(contact.counsellorId) === staff.centre?.areaCode))
      .map((contact) => ({
        contactId: contact.id,
        service: contact.intake.safety.emergencyHandoff?.service ?? '120',
        handedOverAt: contact.intake.safety.emergencyHandoff?.at ?? contact.answeredAt,
        counsellorId: contact.counsellorId,
        counsellorName: contact.counsellorName,
        callerNumberMasked: contact.callerNumberMasked,
        location: contact.intake.imminent.location,
        recordCompleted: contact.status === 'completed',
      }));
    return { rescues };
  }),
  mockEndpoint(api.resolveRescue, ({ params, body }) => {
    const staff = me();
    const contact = mockData.contacts.get(params.id);
    const supervises = staff.role === 'supervisor' && contact !== undefined && centreOf(contact.counsellorId) === staff.centre?.areaCode;
    if (!contact || (contact.counsellorId !== staff.id && !supervises)) throw new MockApiError(404, 'not_found');
    const handoff = contact.intake.safety.emergencyHandoff;
    if (contact.status !== 'completed' || handoff?.outcome !== 'pending') throw new MockApiError(409, 'conflict');
    const resolved = { ...handoff, ...body, resolvedAt: new Date().toISOString() };
    contact.intake = { ...contact.intake, safety: { ...contact.intake.safety, emergencyHandoff: resolved } };
    return resolved;
  }),
  mockEndpoint(api.createHandoff, ({ params, body }) => {
    const staff = me();
    const { token, ...packet } = body;
    const view: HandoffView = {
      ...packet,
      contactId: params.id,
      createdAt: new Date().toISOString(),
      centreAreaCode: staff.centre?.areaCode ?? null,
      counsellorName: staff.displayName,
    };
    mockData.handoffs.set(packet.id, { token, view });
    return view;
  }),
  mockEndpoint(api.readHandoff, ({ params, body }) => {
    const stored = mockData.handoffs.get(params.handoffId);
    if (!stored || stored.token !== body.token) throw new MockApiError(404, 'not_found');
    if (Date.now() - Date.parse(stored.view.createdAt) > HANDOFF_READABLE_MS) throw new MockApiError(410, 'expired');
    return stored.view;
  }),
  mockEndpoint(api.saveTransfers, ({ body }) => ({
    revision: body.revision,
    savedAt: new Date().toISOString(),
  })),
];
