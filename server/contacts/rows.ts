import {
  maskNumber,
  type CallerHistory,
  type CallType,
  type ContactRecord,
  type ContactStatus,
  type ContactSummary,
  type FollowUp,
  type Intake,
  type Notes,
  type RiskLevel,
  type SupervisionLogEntry,
  type TransferLog,
} from '../../src/contract';
import { readableIntake } from './stored-intake';

/** A contact as the queries below read it; the caller's number stays on the server. */
export interface ContactRow {
  id: string;
  callId: string;
  dialled: string;
  areaCode: string | null;
  counsellorId: string;
  counsellorName: string;
  centreAreaCode: string | null;
  callerNumber: string | null;
  callerNumberHash: string | null;
  answeredAt: Date;
  endedAt: Date | null;
  completedAt: Date | null;
  status: ContactStatus;
  callType: CallType;
  riskLevel: RiskLevel;
  reviewed: boolean;
}

export interface ContactRecordRow extends ContactRow {
  intake: Intake;
  notes: Notes;
  transfers: TransferLog;
  intakeRevision: number;
  notesRevision: number;
  transfersRevision: number;
  intakeSavedAt: Date;
  notesSavedAt: Date;
  transfersSavedAt: Date;
  personalDataRemovedAt: Date | null;
}

/** Columns of a summary, over `contacts c join staff s on s.id = c.counsellor_id`. */
export const summaryColumns = `
  c.id, c.call_id as "callId", c.dialled, c.area_code as "areaCode",
  c.counsellor_id as "counsellorId", s.display_name as "counsellorName",
  c.centre_area_code as "centreAreaCode", c.caller_number as "callerNumber",
  c.caller_number_hash as "callerNumberHash", c.answered_at as "answeredAt", c.ended_at as "endedAt",
  c.completed_at as "completedAt", c.status, c.call_type as "callType", c.risk_level as "riskLevel",
  exists (select 1 from record_reviews rr where rr.contact_id = c.id) as reviewed`;

export const recordColumns = `${summaryColumns},
  c.intake, c.notes, c.transfers,
  c.intake_revision as "intakeRevision", c.notes_revision as "notesRevision", c.transfers_revision as "transfersRevision",
  c.intake_saved_at as "intakeSavedAt", c.notes_saved_at as "notesSavedAt", c.transfers_saved_at as "transfersSavedAt",
  c.personal_data_removed_at as "personalDataRemovedAt"`;

export const contactsWithStaff = 'contacts c join staff s on s.id = c.counsellor_id';

const iso = (at: Date | null) => (at ? at.toISOString() : null);

export function toSummary(row: ContactRow): ContactSummary {
  return {
    id: row.id,
    callId: row.callId,
    dialled: row.dialled,
    areaCode: row.areaCode,
    counsellorId: row.counsellorId,
    counsellorName: row.counsellorName,
    callerNumberMasked: maskNumber(row.callerNumber ?? ''),
    answeredAt: row.answeredAt.toISOString(),
    endedAt: iso(row.endedAt),
    completedAt: iso(row.completedAt),
    status: row.status,
    callType: row.callType,
    riskLevel: row.riskLevel,
    reviewed: row.reviewed,
  };
}

/** What a record carries beside its own columns, each read from elsewhere. */
export interface RecordContext {
  callerHistory: CallerHistory;
  supervisorInformed: boolean;
  followUp: FollowUp | null;
  supervisionLog: SupervisionLogEntry[];
}

export function toRecord(row: ContactRecordRow, { callerHistory, supervisorInformed, followUp, supervisionLog }: RecordContext): ContactRecord {
  return {
    ...toSummary(row),
    intake: readableIntake(row.intake, row.answeredAt),
    notes: row.notes,
    intakeRevision: row.intakeRevision,
    notesRevision: row.notesRevision,
    transfers: row.transfers,
    transfersRevision: row.transfersRevision,
    callerHistory,
    supervisorInformed,
    followUp,
    supervisionLog,
    ...(row.personalDataRemovedAt && { personalDataRemovedAt: row.personalDataRemovedAt.toISOString() }),
  };
}
