import { mayManage, passwordProblems, type StaffAccount } from '../contract/admin-staff';
import { adminStaffEndpoints as endpoints } from '../contract/api-admin-staff';
import { mockData, type MockStaff } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';
import { mockStaffUuid } from './training-data';

function signedIn(): MockStaff {
  if (!mockData.signedIn) throw new MockApiError(401, 'unauthenticated');
  return mockData.signedIn;
}

const refused = (rule: string, path: string[] = []) => new MockApiError(409, 'conflict', undefined, [{ path, message: `adminStaff.${rule}` }]);

function accountOf(member: MockStaff): StaffAccount {
  return {
    id: mockStaffUuid(member.id),
    username: member.username,
    displayName: member.displayName,
    role: member.role,
    centre: member.centre?.areaCode ?? null,
    sipUsername: member.sipUsername,
    trainee: member.trainee,
    signedOffAt: null,
    deactivatedAt: mockData.staffAdmin.deactivated.get(member.id) ?? null,
    mustChangePassword: member.mustChangePassword,
    createdAt: '2026-11-01T00:00:00.000Z',
  };
}

function manager() {
  const me = signedIn();
  if (me.role !== 'admin' && me.role !== 'supervisor') throw new MockApiError(403, 'forbidden');
  return { role: me.role, centre: me.centre?.areaCode ?? null, supervisorsManageStaff: mockData.staffAdmin.supervisorsManageStaff };
}

function managed(id: string): MockStaff {
  const member = mockData.staff.find((candidate) => mockStaffUuid(candidate.id) === id);
  if (!member) throw new MockApiError(404, 'not_found');
  if (!mayManage(manager(), accountOf(member))) throw new MockApiError(403, 'forbidden');
  return member;
}

let created = 0;

/** Staff administration as the API answers it (server/routes/admin-staff.ts), over the mock's demo staff. */
export const staffAdminHandlers = [
  mockEndpoint(endpoints.staffList, ({ query }) => {
    const who = manager();
    const centre = who.role === 'admin' ? query.centre : (who.centre ?? undefined);
    const accounts = mockData.staff
      .map(accountOf)
      .filter((a) => (centre === undefined || a.centre === centre) && (query.role === undefined || a.role === query.role))
      .filter((a) => query.state === 'all' || (query.state === 'active') === (a.deactivatedAt === null));
    const manages = who.role === 'admin' ? 'all' : who.supervisorsManageStaff ? 'centreCounsellors' : 'none';
    return { accounts, manages };
  }),
  mockEndpoint(endpoints.createStaff, ({ body }) => {
    if (!mayManage(manager(), body)) throw new MockApiError(403, 'forbidden');
    if (mockData.staff.some((member) => member.username === body.username)) throw refused('usernameTaken', ['username']);
    created += 1;
    const member: MockStaff = {
      id: `00000000-0000-4000-8000-${String(created).padStart(12, '0')}`,
      username: body.username,
      displayName: body.displayName,
      role: body.role,
      centre: mockData.centres.find((centre) => centre.areaCode === body.centre) ?? null,
      trainee: body.trainee,
      mustChangePassword: true,
      password: 'Mock-One-Time-1',
      sipUsername: String(8400 + created),
    };
    mockData.staff.push(member);
    return { account: accountOf(member), oneTimePassword: member.password };
  }),
  mockEndpoint(endpoints.updateStaff, ({ params, body }) => {
    const member = managed(params.id);
    if (member.role === 'admin' && body.role !== 'admin') throw refused('lastAdmin');
    Object.assign(member, { username: body.username, displayName: body.displayName, role: body.role, trainee: body.trainee });
    return accountOf(member);
  }),
  mockEndpoint(endpoints.deactivateStaff, ({ params }) => {
    if (params.id === mockStaffUuid(signedIn().id)) throw refused('notYourself');
    const member = managed(params.id);
    mockData.staffAdmin.deactivated.set(member.id, '2026-11-30T02:00:00.000Z');
    return accountOf(member);
  }),
  mockEndpoint(endpoints.reactivateStaff, ({ params }) => {
    const member = managed(params.id);
    mockData.staffAdmin.deactivated.delete(member.id);
    Object.assign(member, { mustChangePassword: true, password: 'Mock-One-Time-2' });
    return { account: accountOf(member), oneTimePassword: member.password };
  }),
  mockEndpoint(endpoints.resetStaffPassword, ({ params }) => {
    const member = managed(params.id);
    Object.assign(member, { mustChangePassword: true, password: 'Mock-One-Time-3' });
    return { account: accountOf(member), oneTimePassword: member.password };
  }),
  mockEndpoint(endpoints.importStaff, ({ body }) => {
    manager();
    const [, ...rows] = body.csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    const report = { created: [] as { row: number; account: StaffAccount; oneTimePassword: string }[], refused: [] as { row: number; username: string; reasons: string[] }[] };
    rows.forEach((line, index) => {
      const [username = '', displayName = '', role = '', centre = ''] = line.split(',');
      if (mockData.staff.some((member) => member.username === username)) {
        report.refused.push({ row: index + 2, username, reasons: ['adminStaff.usernameTaken'] });
        return;
      }
      const account: StaffAccount = { ...accountOf(mockData.staff[0] as MockStaff), id: `import-${index}`, username, displayName, role: role as StaffAccount['role'], centre };
      report.created.push({ row: index + 2, account, oneTimePassword: `Mock-Import-${index}` });
    });
    return report;
  }),
  mockEndpoint(endpoints.changePassword, ({ body }) => {
    const me = signedIn();
    if (body.currentPassword !== me.password) throw new MockApiError(400, 'validation', undefined, [{ path: ['currentPassword'], message: 'adminStaff.wrongCurrentPassword' }]);
    const problems = passwordProblems(body.newPassword, { username: me.username, previous: body.currentPassword });
    if (problems.length > 0) throw new MockApiError(400, 'validation', undefined, problems.map((message) => ({ path: ['newPassword'], message })));
    Object.assign(me, { password: body.newPassword, mustChangePassword: false });
    return { ok: true as const };
  }),
];
