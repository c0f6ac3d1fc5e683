import { currentOrigin } from './http/request-context';
import type { Queryable } from './store/store';

export interface AuditEntry {
  staffId: string | null;
  /** Dotted verb, e.g. `session.login`, `contact.read`. */
  action: string;
  subjectType: string;
  subjectId?: string | null;
  /** Never caller numbers, notes or secrets: the log is read by more people than the records. */
  detail?: Record<string, unknown>;
}

/**
 * Who read or changed what; pass the transaction when the audited change runs in one. From where
 * is the request's (server/http/request-context.ts); a job's own entries have no address.
 */
export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  const origin = currentOrigin();
  await db.query(
    `insert into audit_log (staff_id, action, subject_type, subject_id, detail, client_address, user_agent)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [
      entry.staffId,
      entry.action,
      entry.subjectType,
      entry.subjectId ?? null,
      JSON.stringify(entry.detail ?? {}),
      origin?.clientAddress ?? null,
      origin?.userAgent ?? null,
    ],
  );
}
