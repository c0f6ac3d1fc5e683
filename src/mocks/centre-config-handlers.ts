import { PUBLIC_LINE } from '../contract';
import { centreConfigEndpoints as endpoints } from '../contract/api-centre-config';
import type { AdminCentre } from '../contract/centre-config';
import { mockData } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';

function admin() {
  if (!mockData.signedIn) throw new MockApiError(401, 'unauthenticated');
  if (mockData.signedIn.role !== 'admin') throw new MockApiError(403, 'forbidden');
}

const adminCentres = (): AdminCentre[] =>
  mockData.centres.map((centre) => ({
    areaCode: centre.areaCode,
    cityZh: centre.cityZh,
    cityEn: centre.cityEn,
    line: `${centre.areaCode}${PUBLIC_LINE}`,
    lineOpen: !mockData.closedLines.includes(centre.areaCode),
    staffCount: mockData.staff.filter((member) => member.centre?.areaCode === centre.areaCode).length,
  }));

/** The configuration screens' endpoints of the mock API (#15); a test that needs a refusal uses its own handler. */
export const centreConfigHandlers = [
  mockEndpoint(endpoints.setTransferTargets, ({ body }) => {
    admin();
    return { targets: body.targets };
  }),
  mockEndpoint(endpoints.setNoteChips, ({ body }) => {
    admin();
    mockData.noteChips = body.chips;
    return { chips: mockData.noteChips };
  }),
  mockEndpoint(endpoints.setCentreSettings, ({ body }) => {
    admin();
    return body;
  }),
  mockEndpoint(endpoints.adminInstitutions, () => {
    admin();
    return { institutions: mockData.institutions };
  }),
  mockEndpoint(endpoints.createInstitution, ({ body }) => {
    admin();
    const created = { ...body, id: `inst-${mockData.institutions.length + 1}` };
    mockData.institutions = [...mockData.institutions, created];
    return created;
  }),
  mockEndpoint(endpoints.updateInstitution, ({ params, body }) => {
    admin();
    if (!mockData.institutions.some((institution) => institution.id === params.id)) throw new MockApiError(404, 'not_found');
    const updated = { ...body, id: params.id };
    mockData.institutions = mockData.institutions.map((institution) => (institution.id === params.id ? updated : institution));
    return updated;
  }),
  mockEndpoint(endpoints.adminCentres, () => {
    admin();
    return { centres: adminCentres() };
  }),
  mockEndpoint(endpoints.createCentre, ({ body }) => {
    admin();
    if (mockData.centres.some((centre) => centre.areaCode === body.areaCode)) throw new MockApiError(409, 'conflict');
    const [first] = mockData.centres;
    mockData.centres = [...mockData.centres, { ...body, provinceZh: first?.provinceZh ?? '', provinceEn: first?.provinceEn ?? '' }];
    if (!body.lineOpen) mockData.closedLines = [...mockData.closedLines, body.areaCode];
    return { ...body, line: `${body.areaCode}${PUBLIC_LINE}`, staffCount: 0 };
  }),
  mockEndpoint(endpoints.updateCentre, ({ params, body }) => {
    admin();
    mockData.centres = mockData.centres.map((centre) => (centre.areaCode === params.areaCode ? { ...centre, cityZh: body.cityZh, cityEn: body.cityEn } : centre));
    mockData.closedLines = body.lineOpen ? mockData.closedLines.filter((code) => code !== params.areaCode) : [...mockData.closedLines, params.areaCode];
    const updated = adminCentres().find((centre) => centre.areaCode === params.areaCode);
    if (!updated) throw new MockApiError(404, 'not_found');
    return updated;
  }),
];
