import type { Intake, Notes } from '../../src/contract';
import { protocolMisses } from '../../src/contract/protocol-check';
import { readableIntake } from '../contacts/stored-intake';
import { supervisorInformedSql } from '../contacts/supervisor-informed';
import type { Queryable } from '../store/store';

/**
 * Per counsellor, how many of the records they completed since `since` (the Beijing day's start)
 * the protocol check finds a miss in: the same rule the counsellor saw before completing, run on
 * the stored record. Counsellors without such records are absent.
 */
export async function protocolMissesSince(db: Queryable, staffIds: string[], since: Date): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (staffIds.length === 0) return counts;
  const rows = await db.query<{ staffId: string; intake: Intake; notes: Notes; answeredAt: Date; supervisorInformed: boolean }>(
    `select c.counsellor_id as "staffId", c.intake, c.notes, c.answered_at as "answeredAt",
            ${supervisorInformedSql('c')} as "supervisorInformed"
       from contacts c
      where c.counsellor_id = any($1::uuid[]) and c.status = 'completed' and c.completed_at >= $2`,
    [staffIds, since],
  );
  for (const row of rows) {
    const facts = { intake: readableIntake(row.intake, row.answeredAt), notes: row.notes, supervisorInformed: row.supervisorInformed };
    if (protocolMisses(facts).length > 0) counts.set(row.staffId, (counts.get(row.staffId) ?? 0) + 1);
  }
  return counts;
}
