import { z } from 'zod';
import { ContactStatus } from './contact';
import { Instant } from './dates';
import { needsSafetyAction, RiskLevel } from './risk';
import { requiredText } from './text';

/**
 * A high- or imminent-risk record its counsellor could not finish, handed to a supervisor with the
 * reason. It releases the counsellor for the next call; the supervisor takes the caller's safety on.
 */
export const RecordHandoverRequest = z
  .object({ reason: requiredText(500, { multiline: true }) })
  .meta({ id: 'RecordHandoverRequest' });
export type RecordHandoverRequest = z.infer<typeof RecordHandoverRequest>;

export const RecordHandover = z
  .object({
    contactId: z.uuid(),
    riskLevel: RiskLevel,
    reason: z.string(),
    handedOverBy: z.string(),
    handedOverByName: z.string(),
    handedOverAt: Instant,
    recordCompleted: z.boolean(),
  })
  .meta({ id: 'RecordHandover' });
export type RecordHandover = z.infer<typeof RecordHandover>;

export const RecordHandoverList = z.object({ handovers: z.array(RecordHandover) }).meta({ id: 'RecordHandoverList' });
export type RecordHandoverList = z.infer<typeof RecordHandoverList>;

/** What decides whether a counsellor's record keeps them from the next call. */
export interface RecordHold {
  status: ContactStatus;
  riskLevel: RiskLevel;
  handedOver: boolean;
}

/**
 * A caller at high or imminent risk must not be left with an unfinished record: until it is
 * completed or handed to a supervisor, its counsellor is offered no other call. Call routing (SQL)
 * and the wrap-up screen both follow this rule.
 */
export function holdsNextCall(record: RecordHold): boolean {
  return record.status === 'draft' && needsSafetyAction(record.riskLevel) && !record.handedOver;
}
