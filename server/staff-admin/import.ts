import { parse } from 'csv-parse/sync';
import { MAX_IMPORT_ROWS, mayManage, StaffInput, type ImportReport, type Manager } from '../../src/contract/admin-staff';
import type { Role } from '../../src/contract';
import { audit } from '../audit';
import { changesBetween } from '../audit-changes';
import { ApiError } from '../http/errors';
import type { Store } from '../store/store';
import { auditedFields, hashOneTimePassword, insertAccount, newOneTimePassword, nextExtensions } from './accounts';

/** Header names as a centre's spreadsheet may have them, English or Chinese. */
const headerNames: Record<string, keyof Columns> = {
  username: 'username',
  用户名: 'username',
  账号: 'username',
  display_name: 'displayName',
  姓名: 'displayName',
  role: 'role',
  角色: 'role',
  centre: 'centre',
  center: 'centre',
  中心: 'centre',
  区号: 'centre',
  trainee: 'trainee',
  学员: 'trainee',
};

interface Columns {
  username: string;
  displayName: string;
  role: string;
  centre: string;
  trainee: string;
}

const roleNames: Record<string, Role> = {
  counsellor: 'counsellor',
  咨询员: 'counsellor',
  心理咨询员: 'counsellor',
  supervisor: 'supervisor',
  督导: 'supervisor',
  trainer: 'trainer',
  培训师: 'trainer',
  admin: 'admin',
  管理员: 'admin',
};

const yes = new Set(['true', 'yes', 'y', '1', '是']);
const no = new Set(['', 'false', 'no', 'n', '0', '否']);

interface Row {
  row: number;
  username: string;
  input?: StaffInput;
  reasons: string[];
}

function headerIndex(header: string[]): Record<keyof Columns, number> {
  const index: Partial<Record<keyof Columns, number>> = {};
  header.forEach((name, position) => {
    const column = headerNames[name.trim().toLowerCase()];
    if (column) index[column] = position;
  });
  const required: (keyof Columns)[] = ['username', 'displayName', 'role', 'centre', 'trainee'];
  if (required.some((column) => index[column] === undefined)) {
    throw new ApiError(400, 'validation', { issues: [{ path: ['csv'], message: 'adminStaff.csvHeader' }] });
  }
  return index as Record<keyof Columns, number>;
}

/** One row as the form would send it, or the reasons it cannot be (i18n keys under `validation.`). */
function readRow(cells: string[], index: Record<keyof Columns, number>, row: number): Row {
  const cell = (column: keyof Columns) => (cells[index[column]] ?? '').trim();
  const username = cell('username').toLowerCase();
  const role = roleNames[cell('role').toLowerCase()];
  const trainee = cell('trainee').toLowerCase();
  const reasons: string[] = [];
  if (!role) reasons.push('adminStaff.unknownRole');
  if (!yes.has(trainee) && !no.has(trainee)) reasons.push('adminStaff.badTrainee');
  if (reasons.length > 0) return { row, username, reasons };
  const parsed = StaffInput.safeParse({
    username,
    displayName: cell('displayName'),
    role,
    centre: cell('centre') === '' ? null : cell('centre'),
    trainee: yes.has(trainee),
  });
  if (!parsed.success) return { row, username, reasons: [...new Set(parsed.error.issues.map((issue) => issue.message))] };
  return { row, username, input: parsed.data, reasons: [] };
}

function parseCsv(csv: string): string[][] {
  try {
    return parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  } catch {
    throw new ApiError(400, 'validation', { issues: [{ path: ['csv'], message: 'adminStaff.csvUnreadable' }] });
  }
}

/**
 * Checks every row (format, duplicate in the file, existing username, unknown centre, a role the
 * importer may not create) and creates the good ones in one transaction, each with a one-time
 * password answered here once and kept only as a hash.
 */
export async function importStaff(store: Store, manager: Manager, importerId: string, csv: string): Promise<ImportReport> {
  const [header, ...records] = parseCsv(csv);
  if (!header) throw new ApiError(400, 'validation', { issues: [{ path: ['csv'], message: 'adminStaff.csvHeader' }] });
  if (records.length > MAX_IMPORT_ROWS) throw new ApiError(400, 'validation', { issues: [{ path: ['csv'], message: 'adminStaff.csvTooManyRows' }] });
  const index = headerIndex(header);
  const rows = records.map((cells, position) => readRow(cells, index, position + 2));

  const usernames = rows.map((row) => row.username);
  const existing = new Set((await store.query<{ username: string }>('select username from staff where username = any($1::text[])', [usernames])).map((r) => r.username));
  const centres = new Set((await store.query<{ area_code: string }>('select area_code from centres')).map((r) => r.area_code));
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.username !== '' && seen.has(row.username)) row.reasons.push('adminStaff.duplicateInFile');
    else seen.set(row.username, row.row);
    if (!row.input) continue;
    if (existing.has(row.username)) row.reasons.push('adminStaff.usernameTaken');
    if (row.input.centre !== null && !centres.has(row.input.centre)) row.reasons.push('adminStaff.unknownCentre');
    if (!mayManage(manager, { role: row.input.role, centre: row.input.centre })) row.reasons.push('adminStaff.roleNotAllowed');
  }

  const good = rows.filter((row): row is Row & { input: StaffInput } => row.input !== undefined && row.reasons.length === 0);
  const passwords = good.map((row) => newOneTimePassword(row.username));
  // In parallel: libuv's threadpool hashes four at a time (accounts.ts: oneTimeCost).
  const hashes = await Promise.all(passwords.map(hashOneTimePassword));
  const created: ImportReport['created'] = [];
  await store.transaction(async (tx) => {
    const free = new Map<Role, string[]>();
    for (const role of new Set(good.map((row) => row.input.role))) {
      free.set(role, await nextExtensions(tx, role, good.filter((row) => row.input.role === role).length));
    }
    for (const [position, row] of good.entries()) {
      const sipUsername = free.get(row.input.role)?.shift();
      if (!sipUsername) {
        row.reasons.push('adminStaff.noFreeExtension');
        continue;
      }
      const account = await insertAccount(tx, { input: row.input, sipUsername, passwordHash: hashes[position] as string });
      await audit(tx, {
        staffId: importerId,
        action: 'staff.create',
        subjectType: 'staff',
        subjectId: account.id,
        detail: { changes: changesBetween({}, { ...auditedFields(account), sipUsername }), import: { row: row.row } },
      });
      created.push({ row: row.row, account, oneTimePassword: passwords[position] as string });
    }
  });
  const refused = rows.filter((row) => row.reasons.length > 0).map(({ row, username, reasons }) => ({ row, username, reasons }));
  return { created, refused };
}
