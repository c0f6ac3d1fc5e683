import { z } from 'zod';
import { Instant } from './dates';
import { plainText } from './text';

/**
 * Follow-ups (#13): a high or imminent record completed without an emergency hand-off leaves a
 * task to call the caller back within the centre's `followUpDueHours`. Counsellors see their own
 * and unassigned ones; supervisors see the centre's. Calling back goes through the record's own
 * audited call-back; the outcome closes the task and is kept on the record.
 */
export const followUpOutcomes = ['reached', 'not-reached', 'no-longer-needed'] as const;
export const FollowUpOutcome = z.enum(followUpOutcomes);
export type FollowUpOutcome = z.infer<typeof FollowUpOutcome>;

export const FollowUp = z
  .object({
    id: z.uuid(),
    contactId: z.uuid(),
    riskLevel: z.enum(['high', 'imminent']),
    createdAt: Instant,
    dueAt: Instant,
    /** Null: anyone on the centre's shift may take it. */
    assignedToId: z.string().nullable(),
    assignedToName: z.string().nullable(),
    /** Masked, e.g. 138****8000; the number itself is only dialled through the record's call-back. */
    callerNumberMasked: z.string(),
    closedAt: Instant.nullable(),
    closedByName: z.string().nullable(),
    outcome: FollowUpOutcome.nullable(),
    outcomeNote: z.string(),
  })
  .meta({ id: 'FollowUp' });
export type FollowUp = z.infer<typeof FollowUp>;

export const FollowUpListQuery = z.object({ state: z.enum(['open', 'closed', 'all']).default('open') });
export const FollowUpList = z.object({ followUps: z.array(FollowUp) }).meta({ id: 'FollowUpList' });
export const FollowUpParams = z.object({ id: z.uuid() });
/** A supervisor gives the task to a counsellor of the centre, or (null) leaves it to anyone. */
export const ReassignFollowUpRequest = z.object({ assignedToId: z.uuid().nullable() }).meta({ id: 'ReassignFollowUpRequest' });
export type ReassignFollowUpRequest = z.infer<typeof ReassignFollowUpRequest>;
export const CloseFollowUpRequest = z
  .object({ outcome: FollowUpOutcome, note: plainText(500, { multiline: true }) })
  .meta({ id: 'CloseFollowUpRequest' });
export type CloseFollowUpRequest = z.infer<typeof CloseFollowUpRequest>;
