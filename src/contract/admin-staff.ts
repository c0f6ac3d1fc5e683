import { z } from 'zod';
import { Role, type Role as RoleName } from './roles';
import { requiredText } from './text';

/**
 * Staff administration (#15): accounts, one-time passwords, the password policy and who may manage
 * whom. Imported by path (never through index.ts): only the admin screens and the server need it.
 */

/**
 * Extensions (SIP usernames) the server hands out, per role: numbers starting with 8, so never a
 * public line (12356, 0xxx12356), a short service number of the directory (110, 12320, 95xxx) or a
 * caller's number the simulator pretends to be (a mobile, a landline). Counsellors, the many, have
 * two more blocks once 8001–8099 are used: 8400–8999, then five digits, 80000–89999.
 */
export const extensionRanges: Record<RoleName, readonly (readonly [number, number])[]> = {
  counsellor: [
    [8001, 8099],
    [8400, 8999],
    [80000, 89999],
  ],
  supervisor: [[8101, 8199]],
  trainer: [[8201, 8299]],
  admin: [[8301, 8399]],
};

export const PASSWORD_MIN_LENGTH = 10;

/** i18n keys (under `validation.`) of the password policy's refusals. */
export type PasswordProblem =
  | 'adminStaff.passwordTooShort'
  | 'adminStaff.passwordTooFewClasses'
  | 'adminStaff.passwordContainsUsername'
  | 'adminStaff.passwordReused';

const characterClasses = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/**
 * The password policy, the same in the form and on the server: at least 10 characters, three of
 * four kinds (lower case, upper case, digits, anything else, Chinese included), not the username,
 * not the one-time password it replaces. Empty when the password passes.
 */
export function passwordProblems(password: string, context: { username: string; previous?: string }): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push('adminStaff.passwordTooShort');
  if (characterClasses.filter((pattern) => pattern.test(password)).length < 3) problems.push('adminStaff.passwordTooFewClasses');
  const username = context.username.trim().toLowerCase();
  if (username.length > 0 && password.toLowerCase().includes(username)) problems.push('adminStaff.passwordContainsUsername');
  if (context.previous !== undefined && password === context.previous) problems.push('adminStaff.passwordReused');
  return problems;
}

/** Counsellors and supervisors work in a centre; trainers and admins serve the whole province. */
export const worksInCentre = (role: RoleName): boolean => role === 'counsellor' || role === 'supervisor';

export interface Manager {
  role: RoleName;
  centre: string | null;
  /** The manager's centre lets its supervisors manage its counsellors (centre settings). */
  supervisorsManageStaff: boolean;
}

/**
 * Whether `manager` may create, edit, deactivate or reset an account of `role` in `centre`: admins
 * any account; a supervisor only counsellors of their own centre, and only when the centre allows it.
 */
export function mayManage(manager: Manager, target: { role: RoleName; centre: string | null }): boolean {
  if (manager.role === 'admin') return true;
  return (
    manager.role === 'supervisor' &&
    manager.supervisorsManageStaff &&
    manager.centre !== null &&
    target.role === 'counsellor' &&
    target.centre === manager.centre
  );
}

export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9._-]{2,31}$/, { message: 'adminStaff.usernameFormat' });

const AreaCode = z.string().regex(/^0\d{2,3}$/, { message: 'adminStaff.unknownCentre' });

/** What an admin types for an account; the centre only for roles that work in one. */
export const StaffInput = z
  .object({
    username: Username,
    displayName: requiredText(40),
    role: Role,
    centre: z.union([AreaCode, z.null()]),
    trainee: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (worksInCentre(value.role) && value.centre === null) {
      ctx.addIssue({ code: 'custom', path: ['centre'], message: 'adminStaff.centreRequired' });
    }
    if (!worksInCentre(value.role) && value.centre !== null) {
      ctx.addIssue({ code: 'custom', path: ['centre'], message: 'adminStaff.centreNotAllowed' });
    }
    if (value.trainee && value.role !== 'counsellor') {
      ctx.addIssue({ code: 'custom', path: ['trainee'], message: 'adminStaff.traineeCounsellorOnly' });
    }
  });
export type StaffInput = z.infer<typeof StaffInput>;

export const StaffAccount = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: Role,
  centre: z.union([z.string(), z.null()]),
  sipUsername: z.string(),
  trainee: z.boolean(),
  /** When a trainer signed the trainee off (#14); read-only here. */
  signedOffAt: z.union([z.string(), z.null()]),
  deactivatedAt: z.union([z.string(), z.null()]),
  mustChangePassword: z.boolean(),
  createdAt: z.string(),
});
export type StaffAccount = z.infer<typeof StaffAccount>;

export const StaffListQuery = z.object({
  centre: AreaCode.optional(),
  role: Role.optional(),
  state: z.enum(['active', 'deactivated', 'all']).default('active'),
});
export type StaffListQuery = z.infer<typeof StaffListQuery>;

export const StaffList = z.object({
  accounts: z.array(StaffAccount),
  /** What the viewer may do: every account, their centre's counsellors, or only look. */
  manages: z.enum(['all', 'centreCounsellors', 'none']),
});
export type StaffList = z.infer<typeof StaffList>;

export const StaffParams = z.object({ id: z.uuid() });

/** Shown once, in the answer that made it; the server keeps only its hash. */
export const WithOneTimePassword = z.object({ account: StaffAccount, oneTimePassword: z.string() });
export type WithOneTimePassword = z.infer<typeof WithOneTimePassword>;

export const ChangePasswordRequest = z.object({
  currentPassword: z.string().min(1, { message: 'text.required' }).max(256, { message: 'text.tooLong' }),
  newPassword: z.string().min(1, { message: 'text.required' }).max(256, { message: 'text.tooLong' }),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

/** A CSV file of at most this many accounts; a province has a few hundred staff. */
export const MAX_IMPORT_ROWS = 2000;

export const ImportRequest = z.object({ csv: z.string().min(1, { message: 'text.required' }).max(1_000_000, { message: 'text.tooLong' }) });
export type ImportRequest = z.infer<typeof ImportRequest>;

export const ImportReport = z.object({
  /** Row numbers count the header as row 1, as a spreadsheet shows them. */
  created: z.array(z.object({ row: z.number().int(), account: StaffAccount, oneTimePassword: z.string() })),
  refused: z.array(z.object({ row: z.number().int(), username: z.string(), reasons: z.array(z.string()) })),
});
export type ImportReport = z.infer<typeof ImportReport>;
