import { auditLogEndpoints } from '../contract/api-audit-log';
import { auditActionGroups, type AuditActionGroup, type AuditEntryView, type AuditLogFilters } from '../contract/audit-log';
import { mockData } from './data';
import { MockApiError, mockEndpoint } from './endpoint-handler';

/** An entry as the mock keeps it: the centre it belongs to stands for the API's scope rule. */
export type MockAuditEntry = AuditEntryView & { centre: string | null };

/** People of the mock log, with the uuids the API's staff filter takes. */
export const mockAuditStaff = [
  { id: '00000000-0000-4000-8000-000000000001', name: '张咨询员', role: 'counsellor', centre: '0591' },
  { id: '00000000-0000-4000-8000-000000000002', name: '李督导', role: 'supervisor', centre: '0591' },
  { id: '00000000-0000-4000-8000-000000000004', name: '陈管理员', role: 'admin', centre: null },
  { id: '00000000-0000-4000-8000-000000000009', name: '郑咨询员', role: 'counsellor', centre: '0592' },
] as const;

/** Puts an entry into the mock log; the newest first, as the API answers. */
export function seedMockAuditEntry(entry: Partial<MockAuditEntry> & Pick<AuditEntryView, 'action' | 'at'>): MockAuditEntry {
  const who = mockAuditStaff.find((member) => member.id === entry.staffId) ?? mockAuditStaff[0];
  const made: MockAuditEntry = {
    id: crypto.randomUUID(),
    staffId: who.id,
    staffName: who.name,
    staffRole: who.role,
    subjectType: 'staff',
    subjectId: who.id,
    clientAddress: '10.0.3.7',
    userAgent: 'Chrome 131 · Windows',
    detail: '{}',
    centre: who.centre,
    ...entry,
  };
  mockData.auditLog.push(made);
  mockData.auditLog.sort((a, b) => (a.at === b.at ? b.id.localeCompare(a.id) : b.at.localeCompare(a.at)));
  return made;
}

const cursorOf = (entry: AuditEntryView) => `${entry.at.replace(/\.(\d{3})Z$/, '.$1000Z')}_${entry.id}`;

function matches(entry: MockAuditEntry, f: AuditLogFilters): boolean {
  const group = f.action?.startsWith('group:') ? (auditActionGroups[f.action.slice(6) as AuditActionGroup] as readonly string[]) : null;
  const actionOk =
    !f.action ||
    (group
      ? group.some((a) => (a.endsWith('.*') ? entry.action.startsWith(a.slice(0, -1)) : a === entry.action))
      : f.action.endsWith('.*')
        ? entry.action.startsWith(f.action.slice(0, -1))
        : entry.action === f.action);
  return (
    actionOk &&
    (!f.from || entry.at >= f.from) &&
    (!f.to || entry.at <= f.to) &&
    (!f.staffId || entry.staffId === f.staffId) &&
    (!f.subjectType || entry.subjectType === f.subjectType) &&
    (!f.subjectId || entry.subjectId === f.subjectId) &&
    (!f.address || (entry.clientAddress ?? '').startsWith(f.address))
  );
}

/** The audit log as the API answers it: admins all, supervisors their centre's, others refused. */
export const auditLogHandlers = [
  mockEndpoint(auditLogEndpoints.auditLog, ({ query }) => {
    const me = mockData.signedIn;
    if (!me) throw new MockApiError(401, 'unauthenticated');
    if (me.role !== 'admin' && me.role !== 'supervisor') throw new MockApiError(403, 'forbidden');
    const { after, limit, ...filters } = query;
    const mine = (entry: MockAuditEntry) => me.role === 'admin' || entry.centre === me.centre?.areaCode;
    const all = mockData.auditLog.filter((entry) => mine(entry) && matches(entry, filters));
    const start = after ? all.findIndex((entry) => cursorOf(entry) === after) + 1 : 0;
    const page = all.slice(start, start + limit);
    const last = page.at(-1);
    return {
      entries: page.map(({ centre: _centre, ...entry }) => entry),
      next: start + limit < all.length && last ? cursorOf(last) : null,
      staff: mockAuditStaff.filter((member) => me.role === 'admin' || member.role === 'admin' || member.centre === me.centre?.areaCode).map(({ centre: _c, ...member }) => member),
    };
  }),
];
