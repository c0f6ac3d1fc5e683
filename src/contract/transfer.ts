import { z } from 'zod';
import { Instant } from './dates';
import { handoffOutcomes } from './intake';
import { RiskLevel } from './risk';
import { DialString } from './sip';
import { idString, plainText, requiredText, Revision } from './text';

export const transferTargetKinds = ['police', 'ambulance', 'fire', 'hotline', 'centre', 'supervisor'] as const;
export const TransferTargetKind = z.enum(transferTargetKinds);
export type TransferTargetKind = z.infer<typeof TransferTargetKind>;

/** One entry of the transfer directory: who a counsellor can hand a caller to, and how to dial them. */
export const TransferTarget = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/, { message: 'transfer.badId' }),
    kind: TransferTargetKind,
    nameZh: requiredText(40),
    nameEn: requiredText(80),
    /**
     * Dialled as sip:<number>@<PBX domain>. For `supervisor` the API puts in the extension of the
     * supervisor on duty at the counsellor's centre when it answers.
     */
    number: z.union([z.literal(''), DialString]),
    /** Police, ambulance, fire: the large buttons of the emergency panel. */
    emergency: z.boolean(),
  })
  .meta({ id: 'TransferTarget' });
export type TransferTarget = z.infer<typeof TransferTarget>;

export const TransferDirectory = z
  .object({ targets: z.array(TransferTarget).max(100) })
  .meta({ id: 'TransferDirectory', description: 'The transfer directory as an admin edits it' });
export type TransferDirectory = z.infer<typeof TransferDirectory>;

export const TransferDirectoryEntry = TransferTarget.extend({
  /** False when nobody can be reached through it now (no supervisor on duty). */
  available: z.boolean(),
}).meta({ id: 'TransferDirectoryEntry' });
export type TransferDirectoryEntry = z.infer<typeof TransferDirectoryEntry>;

export const TransferDirectoryView = z
  .object({ targets: z.array(TransferDirectoryEntry) })
  .meta({ id: 'TransferDirectoryView', description: 'The directory as a counsellor sees it, the supervisor on duty filled in' });
export type TransferDirectoryView = z.infer<typeof TransferDirectoryView>;

/**
 * What the receiving side (110, 120) needs to reach a caller in danger, read out by the
 * counsellor and offered to them through the SIP header `X-Handoff`.
 */
export const HandoffPacket = z
  .object({
    targetNumber: DialString,
    location: plainText(200, { multiline: true }),
    callbackNumber: z.union([z.literal(''), DialString]),
    riskLevel: RiskLevel,
    means: plainText(200),
    timeTaken: plainText(100),
    callerState: plainText(200),
    othersPresent: z.enum(['yes', 'no', 'unknown']),
  })
  .meta({ id: 'HandoffPacket' });
export type HandoffPacket = z.infer<typeof HandoffPacket>;

export const CreateHandoffRequest = HandoffPacket.extend({
  /** Made by the browser, so the header can go out with the call before the API has answered. */
  id: z.uuid(),
  /** The capability the receiving side presents to read the packet; made by the browser too. */
  token: z.string().regex(/^[A-Za-z0-9_-]{32,64}$/),
}).meta({ id: 'CreateHandoffRequest' });
export type CreateHandoffRequest = z.infer<typeof CreateHandoffRequest>;

export const HandoffView = HandoffPacket.extend({
  id: z.uuid(),
  contactId: z.uuid(),
  createdAt: Instant,
  centreAreaCode: z.string().nullable(),
  counsellorName: z.string(),
}).meta({ id: 'Handoff' });
export type HandoffView = z.infer<typeof HandoffView>;

export const HandoffParams = z.object({ handoffId: z.uuid() });
export const ReadHandoffRequest = z.object({ token: idString(64).min(32) }).meta({ id: 'ReadHandoffRequest' });

/** The SIP header carrying a hand-off to the receiving side: `<id>;token=<token>`. */
export const HANDOFF_HEADER = 'X-Handoff';

export function formatHandoffHeader(id: string, token: string): string {
  return `${id};token=${token}`;
}

export function parseHandoffHeader(value: string | undefined): { id: string; token: string } | null {
  const match = /^([0-9a-f-]{36});token=([A-Za-z0-9_-]{32,64})$/i.exec(value?.trim() ?? '');
  return match?.[1] && match[2] ? { id: match[1], token: match[2] } : null;
}

export const transferKinds = ['blind', 'consult', 'conference'] as const;
export const transferOutcomes = [
  'ringing',
  'connected',
  'completed',
  'cancelled',
  'left',
  'dropped',
  'busy',
  'unavailable',
  'no-answer',
  'not-found',
  'failed',
] as const;

/** Every transfer, consultation and conference of a call, kept on its record. */
export const TransferLogEntry = z
  .object({
    id: idString(64),
    kind: z.enum(transferKinds),
    targetNumber: DialString,
    targetName: plainText(80),
    startedAt: Instant,
    connectedAt: Instant.nullable(),
    endedAt: Instant.nullable(),
    outcome: z.enum(transferOutcomes),
    handoffId: z.uuid().nullable(),
  })
  .meta({ id: 'TransferLogEntry' });
export type TransferLogEntry = z.infer<typeof TransferLogEntry>;
export const TransferLog = z.array(TransferLogEntry).max(50);
export type TransferLog = z.infer<typeof TransferLog>;

export const SaveTransfersRequest = z
  .object({ revision: Revision, transfers: TransferLog })
  .meta({ id: 'SaveTransfersRequest' });

/** A hand-off to emergency services whose outcome is not yet recorded. */
export const OpenRescue = z
  .object({
    contactId: z.uuid(),
    service: z.enum(['110', '120', '119']),
    handedOverAt: Instant,
    counsellorId: z.string(),
    counsellorName: z.string(),
    callerNumberMasked: z.string(),
    location: z.string(),
    /** A completed record's rescue is closed through `resolveRescue`; a draft's in its form. */
    recordCompleted: z.boolean(),
  })
  .meta({ id: 'OpenRescue' });
export type OpenRescue = z.infer<typeof OpenRescue>;
export const OpenRescueList = z
  .object({ rescues: z.array(OpenRescue) })
  .meta({ id: 'OpenRescueList' });
/** How a rescue ended, learnt after its record was completed (police or ambulance called back). */
export const RescueOutcome = z
  .object({
    outcome: z.enum(handoffOutcomes).exclude(['pending']),
    note: plainText(500, { multiline: true }),
  })
  .meta({ id: 'RescueOutcome' });
export type RescueOutcome = z.infer<typeof RescueOutcome>;

export const RescueListQuery = z.object({ scope: z.enum(['mine', 'centre']).default('mine') });

/**
 * What 110 / 120 cannot act without (design.md §3: location, call-back number, risk summary): the
 * packet is complete when none is missing. The hand-off card marks them and the training rubric
 * scores them, by this one rule.
 */
export const requiredPacketFields = ['location', 'callbackNumber', 'riskLevel'] as const;
export type RequiredPacketField = (typeof requiredPacketFields)[number];

export function handoffPacketGaps(packet: Pick<HandoffPacket, RequiredPacketField>): RequiredPacketField[] {
  return requiredPacketFields.filter((field) =>
    field === 'riskLevel' ? packet.riskLevel === 'none' : packet[field].trim() === '',
  );
}
