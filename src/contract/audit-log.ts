import { z } from 'zod';
import { Instant } from './dates';
import { Role } from './roles';

/**
 * The audit log viewer (#15): who read or changed which record or setting, when and from where.
 * Admins read every entry; a supervisor their centre's (server/audit-log/scope.ts says exactly which).
 */

/**
 * Every action the server writes, by group, for the filter and its labels. A `prefix.*` entry
 * also puts into its group the verbs another screen writes later (staff accounts, reports).
 */
export const auditActionGroups = {
  session: ['session.login', 'session.login_failed', 'session.logout', 'sip.credentials_issued'],
  shift: ['shift.clock-in', 'shift.clock-out', 'seat.extend-wrap-up'],
  contact: [
    'contact.start',
    'contact.read',
    'contact.complete',
    'contact.handover',
    'contact.caller-number.reveal',
    'caller.history_lookup',
    'risk.override',
  ],
  handoff: ['handoff.create', 'handoff.read', 'rescue.resolved'],
  followUp: ['follow-up.create', 'follow-up.close', 'follow-up.reassign'],
  review: ['review.list', 'review.read', 'review.written', 'review.edited'],
  nuisance: ['nuisance.suggest', 'nuisance.list', 'nuisance.dismiss', 'nuisance.remove'],
  supervision: ['alert.acknowledged', 'supervision.granted', 'supervision.started', 'supervision.mode_changed', 'supervision.ended', 'supervision.refused'],
  training: [
    'training.granted',
    'training.started',
    'training.ended',
    'training.refused',
    'training-call.scored',
    'training-call.rescored',
    'trainee.signed-off',
    'scenario.created',
    'scenario.edited',
    'scenario.retired',
    'scenario.restored',
  ],
  accounts: [
    'staff.create',
    'staff.update',
    'staff.deactivate',
    'staff.reactivate',
    'staff.password_reset',
    'staff.password_changed',
    'staff.import',
    'staff.bootstrap',
    'staff.*',
  ],
  settings: [
    'settings.centre',
    'settings.note-chips',
    'settings.transfer-targets',
    'centre.create',
    'centre.update',
    'institution.create',
    'institution.update',
    'settings.*',
  ],
  reports: ['report.export', 'report.*'],
  audit: ['audit.export', 'retention.run'],
} as const satisfies Record<string, readonly string[]>;
export type AuditActionGroup = keyof typeof auditActionGroups;
export const auditGroupNames = Object.keys(auditActionGroups) as AuditActionGroup[];

/**
 * An action (`contact.read`), every action with a prefix (`staff.*`), or a group (`group:contact`),
 * so a group filter also finds actions written after this list was made.
 */
const ActionFilter = z
  .string()
  .regex(/^([a-z][a-z_-]*(\.[a-z_.-]+|\.\*)|group:[a-zA-Z]+)$/, { message: 'auditLog.badAction' })
  .refine((value) => !value.startsWith('group:') || value.slice(6) in auditActionGroups, { message: 'auditLog.badAction' });

const rangeInOrder = (f: { from?: string | undefined; to?: string | undefined }) => !f.from || !f.to || f.from <= f.to;
const badRange = { message: 'auditLog.badRange', path: ['to'] };

export const AuditLogFilters = z
  .object({
    from: Instant.optional(),
    to: Instant.optional(),
    staffId: z.uuid().optional(),
    action: ActionFilter.optional(),
    subjectType: z.string().regex(/^[a-z_-]{1,40}$/).optional(),
    subjectId: z.string().trim().min(1).max(100).optional(),
    /** The start of an address: `10.0.3.` finds a whole subnet. */
    address: z.string().trim().regex(/^[0-9a-fA-F.:]{1,45}$/, { message: 'auditLog.badAddress' }).optional(),
  })
  .refine(rangeInOrder, badRange);
export type AuditLogFilters = z.infer<typeof AuditLogFilters>;

/** The position after the last entry of a page: its time (microseconds, as stored) and id. */
const Cursor = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z_[0-9a-f-]{36}$/);

export const AuditLogQuery = z.object({
  ...AuditLogFilters.shape,
  after: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
}).refine(rangeInOrder, badRange);
export type AuditLogQuery = z.input<typeof AuditLogQuery>;

export const AuditExportQuery = z.object({
  ...AuditLogFilters.shape,
  /** The language of the file's column headers: the viewer's. */
  lang: z.enum(['zh-CN', 'en']).default('zh-CN'),
}).refine(rangeInOrder, badRange);
export type AuditExportQuery = z.input<typeof AuditExportQuery>;

/** One value an audited edit changed (server/audit-changes.ts). */
export interface AuditChange {
  path: string;
  before: unknown;
  after: unknown;
}

export const AuditEntryView = z
  .object({
    id: z.string(),
    at: Instant,
    staffId: z.string().nullable(),
    staffName: z.string().nullable(),
    staffRole: Role.nullable(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    /** Null for what a job did on its own (the retention run). */
    clientAddress: z.string().nullable(),
    userAgent: z.string().nullable(),
    /**
     * The entry's detail object as JSON text. Not a zod record: a record or unknown schema would
     * bring zod's code for them into the counsellor's first load, whose shared zod chunk holds
     * what any screen uses.
     */
    detail: z.string(),
  })
  .meta({ id: 'AuditEntryView' });
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditLogPage = z
  .object({
    entries: z.array(AuditEntryView),
    /** Pass as `after` for the next, older page; null on the last page. */
    next: z.string().nullable(),
    /** Whose entries the reader may filter by: a supervisor's centre's staff and the admins, all staff for an admin. */
    staff: z.array(z.object({ id: z.string(), name: z.string(), role: Role })),
  })
  .meta({ id: 'AuditLogPage' });
export type AuditLogPage = z.infer<typeof AuditLogPage>;
