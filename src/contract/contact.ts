import { z } from 'zod';
import { Instant } from './dates';
import { FollowUp } from './follow-up';
import { CallType, Intake } from './intake';
import { Notes } from './notes';
import { TransferLog } from './transfer';
import { RiskLevel } from './risk';
import { SupervisionLogEntry } from './supervision';
import { DialString } from './sip';
import { idString, plainText, Revision, RevisionOrNone } from './text';

export const ContactStatus = z.enum(['draft', 'completed']);
export type ContactStatus = z.infer<typeof ContactStatus>;

/** What the API knows of a caller's earlier contacts, found by their number (never shown whole). */
export const CallerHistory = z
  .object({
    previousContacts: z.number().int().min(0),
    lastContactAt: Instant.nullable(),
    lastRiskLevel: RiskLevel.nullable(),
    /** Earlier calls recorded as prank, abusive or silent. */
    nuisanceCalls: z.number().int().min(0),
    /** The number is on the centre's nuisance list. */
    nuisanceListed: z.boolean(),
  })
  .meta({ id: 'CallerHistory' });
export type CallerHistory = z.infer<typeof CallerHistory>;

export const ContactSummary = z
  .object({
    id: z.string(),
    /** SIP Call-ID of the call the record belongs to. */
    callId: z.string(),
    dialled: z.string(),
    areaCode: z.string().nullable(),
    counsellorId: z.string(),
    counsellorName: z.string(),
    /** Masked, e.g. 138****8000. */
    callerNumberMasked: z.string(),
    answeredAt: Instant,
    endedAt: Instant.nullable(),
    completedAt: Instant.nullable(),
    status: ContactStatus,
    callType: CallType,
    riskLevel: RiskLevel,
    /** A supervisor has written a review (督导意见) of it. */
    reviewed: z.boolean(),
  })
  .meta({ id: 'ContactSummary' });
export type ContactSummary = z.infer<typeof ContactSummary>;

export const ContactRecord = ContactSummary.extend({
  intake: Intake,
  notes: Notes,
  /** Autosave revisions: the API keeps a part only when its revision is newer than what it has. */
  intakeRevision: z.number().int().min(0),
  notesRevision: z.number().int().min(0),
  transfers: TransferLog,
  transfersRevision: z.number().int().min(0),
  callerHistory: CallerHistory,
  /**
   * A supervisor knew of the call while it was live: acknowledged its imminent-risk alert or the
   * counsellor's help request, listened in, or was consulted (the protocol check reads it).
   */
  supervisorInformed: z.boolean(),
  /** The call-back task a high-risk record left, with its outcome once closed. */
  followUp: FollowUp.nullable(),
  /** Who listened in on the call, how, and any supervision call its seat refused (#13). */
  supervisionLog: z.array(SupervisionLogEntry),
  /** When the retention job removed the caller's number and words (#15); absent while they are kept. */
  personalDataRemovedAt: Instant.optional(),
}).meta({ id: 'ContactRecord', description: 'The record of one call; every read is audited' });
export type ContactRecord = z.infer<typeof ContactRecord>;

export const StartContactRequest = z
  .object({
    /**
     * Made by the browser when the call is answered, so the record exists (in the outbox) even
     * while the API is down; starting twice with the same id is harmless.
     */
    id: z.uuid(),
    callId: idString(256),
    dialled: DialString,
    callerNumber: z.union([z.literal(''), DialString]),
    answeredAt: Instant,
  })
  .meta({ id: 'StartContactRequest' });
export type StartContactRequest = z.infer<typeof StartContactRequest>;

export const ContactParams = z.object({ id: z.uuid() });

export const SaveIntakeRequest = z.object({ revision: Revision, intake: Intake }).meta({ id: 'SaveIntakeRequest' });
export const SaveNotesRequest = z.object({ revision: Revision, notes: Notes }).meta({ id: 'SaveNotesRequest' });
export const SavedPart = z
  .object({
    /** The revision the API now holds: higher than the one sent means a newer save won. */
    revision: z.number().int().min(0),
    savedAt: Instant,
  })
  .meta({ id: 'SavedPart' });
export type SavedPart = z.infer<typeof SavedPart>;

export const EndCallRequest = z.object({ endedAt: Instant });

export const CompleteContactRequest = z
  .object({
    intakeRevision: Revision,
    intake: Intake,
    notesRevision: Revision,
    notes: Notes,
    transfersRevision: RevisionOrNone,
    transfers: TransferLog,
  })
  .meta({ id: 'CompleteContactRequest' });
export type CompleteContactRequest = z.infer<typeof CompleteContactRequest>;

export const ContactListQuery = z.object({
  scope: z.enum(['mine', 'centre']).default('mine'),
  status: ContactStatus.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export const ContactList = z.object({ contacts: z.array(ContactSummary) }).meta({ id: 'ContactList' });

/**
 * The caller's number in a POST body, never a URL: looking up history as the phone rings. The
 * SIP Call-ID names the call; the API answers only for a call the PBX offered to the asking
 * counsellor, from that number, or one they answered.
 */
export const CallerLookupRequest = z
  .object({ callId: StartContactRequest.shape.callId, callerNumber: DialString })
  .meta({ id: 'CallerLookupRequest' });

export const CallerNumber = z.object({ callerNumber: z.string() }).meta({ id: 'CallerNumber' });

export const Institution = z
  .object({
    id: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    areaCode: z.string(),
    phone: z.string(),
    address: z.string(),
    hours: z.string(),
    services: z.string(),
    /** No longer offered for a referral; listed so older records still show its name. */
    retired: z.boolean(),
  })
  .meta({ id: 'Institution', description: 'A psychiatric hospital or clinic a caller can be referred to' });
export type Institution = z.infer<typeof Institution>;
export const InstitutionList = z.object({ institutions: z.array(Institution) }).meta({ id: 'InstitutionList' });
export type InstitutionList = z.infer<typeof InstitutionList>;

export const NoteChip = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    zh: plainText(20).refine((value) => value.trim() !== '', { message: 'text.required' }),
    en: plainText(40).refine((value) => value.trim() !== '', { message: 'text.required' }),
  })
  .meta({ id: 'NoteChip' });
export type NoteChip = z.infer<typeof NoteChip>;
export const NoteChipList = z.object({ chips: z.array(NoteChip).max(40) }).meta({ id: 'NoteChipList' });
export type NoteChipList = z.infer<typeof NoteChipList>;
