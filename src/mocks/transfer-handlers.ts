import { api, type CreateHandoffRequest, type HandoffView, type TransferDirectoryEntry } from '../contract';
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

/** The transfer endpoints of the mock API. */
export const transferHandlers = [
  mockEndpoint(api.transferTargets, () => {
    me();
    return { targets: mockDirectory };
  }),
  mockEndpoint(api.setTransferTargets, ({ body }) => {
    if (me().role !== 'admin') throw new MockApiError(403, 'forbidden');
    return body as { targets: [] };
  }),
  mockEndpoint(api.rescues, () => {
    me();
    return { rescues: [] };
  }),
  mockEndpoint(api.createHandoff, ({ params, body }) => {
    const staff = me();
    const { token, ...packet } = body as CreateHandoffRequest;
    const view: HandoffView = {
      ...packet,
      contactId: params.id ?? '',
      createdAt: new Date().toISOString(),
      centreAreaCode: staff.centre?.areaCode ?? null,
      counsellorName: staff.displayName,
    };
    mockData.handoffs.set(packet.id, { token, view });
    return view;
  }),
  mockEndpoint(api.readHandoff, ({ params, body }) => {
    const stored = mockData.handoffs.get(params.handoffId ?? '');
    if (!stored || stored.token !== (body as { token: string }).token) throw new MockApiError(404, 'not_found');
    return stored.view;
  }),
  mockEndpoint(api.saveTransfers, ({ body }) => ({
    revision: (body as { revision: number }).revision,
    savedAt: new Date().toISOString(),
  })),
];
