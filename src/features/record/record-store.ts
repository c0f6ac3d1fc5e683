import { create } from 'zustand';
import {
  emptyIntake,
  maskNumber,
  parseDialledLine,
  type CallerHistory,
  type CreateHandoffRequest,
  type ContactRecord,
  type ContactStatus,
  type FollowUp,
  type Intake,
  type Notes,
  type StartContactRequest,
  type TransferLog,
} from '../../contract';
import { discardRecordChange, queueRecordChange } from './record-outbox';

/** The parts two tabs can both edit from one revision; the transfer log only grows from calls. */
export type ConflictPart = 'intake' | 'notes';

/** What another tab stored meanwhile, as the API holds it now. */
export type StoredPart = { part: 'intake'; value: Intake; revision: number } | { part: 'notes'; value: Notes; revision: number };

/**
 * The record the counsellor is writing now. It is neither plain server data nor form state:
 * it is the working copy of an offline-first draft, saved change by change through the
 * outbox, and rebuilt from the API plus the outbox after a reload.
 */
export interface OpenRecord {
  id: string;
  callId: string;
  dialled: string;
  areaCode: string | null;
  callerNumberMasked: string;
  answeredAt: string;
  endedAt: string | null;
  status: ContactStatus;
  intake: Intake;
  notes: Notes;
  intakeRevision: number;
  notesRevision: number;
  transfers: TransferLog;
  transfersRevision: number;
  callerHistory: CallerHistory | null;
  /** As the API last said: a supervisor knew of the call while it was live (the protocol check reads it). */
  supervisorInformed: boolean;
  followUp: FollowUp | null;
}

interface RecordState {
  open: OpenRecord | null;
  /**
   * The record that left the screen last, completed or handed to a supervisor: its call may still
   * be leaving wrap-up, and its risk decides a debrief.
   */
  lastCompleted: { callId: string; intake: Intake } | null;
  /** Typed but not yet handed to the outbox (the form waits for a pause in typing). */
  editing: boolean;
  /**
   * Parts the API refused because another tab saved the same revision meanwhile. Until the
   * counsellor chooses, further edits go out at that revision again, so the API keeps refusing
   * them rather than letting them silently win over the other tab's text.
   */
  conflicts: Partial<Record<ConflictPart, true>>;
  /** Counts "take the stored one": the form keeps its own state and must start again from it. */
  replacedFromServer: number;
  markConflict(part: ConflictPart): void;
  /** The counsellor's text wins: sent again on top of what is stored now. */
  keepMine(part: ConflictPart, storedRevision: number): void;
  /** The stored text wins: it replaces the counsellor's, whose rejected save is dropped. */
  takeStored(stored: StoredPart): void;
  markEditing(): void;
  /** The record of a call just answered: created here first, sent when the API can take it. */
  startRecord(request: StartContactRequest, regions: string[]): OpenRecord;
  openRecord(record: OpenRecord): void;
  closeRecord(): void;
  /** The API accepted the record whole: it leaves the screen. */
  completed(record: ContactRecord): void;
  /** The open record was handed to a supervisor: it leaves the screen as a draft, listed among the counsellor's records. */
  handedOver(): void;
  updateIntake(intake: Intake): void;
  updateNotes(notes: Notes): void;
  updateTransfers(change: (transfers: TransferLog) => TransferLog): void;
  markEnded(endedAt: string): void;
  /** Stores a hand-off packet for the receiving side (sent through the outbox like every change). */
  queueHandoff(request: CreateHandoffRequest): void;
  setCallerHistory(history: CallerHistory): void;
  /** What only the API knows of the open record, read again (wrap-up starts); the typed parts stay. */
  refreshFromApi(record: Pick<ContactRecord, 'id' | 'supervisorInformed' | 'followUp'>): void;
}

export function fromContactRecord(record: ContactRecord): OpenRecord {
  return {
    id: record.id,
    callId: record.callId,
    dialled: record.dialled,
    areaCode: record.areaCode,
    callerNumberMasked: record.callerNumberMasked,
    answeredAt: record.answeredAt,
    endedAt: record.endedAt,
    status: record.status,
    intake: record.intake,
    notes: record.notes,
    intakeRevision: record.intakeRevision,
    notesRevision: record.notesRevision,
    transfers: record.transfers,
    transfersRevision: record.transfersRevision,
    callerHistory: record.callerHistory,
    supervisorInformed: record.supervisorInformed,
    followUp: record.followUp,
  };
}

export function fromStartRequest(request: StartContactRequest, regions: string[]): OpenRecord {
  const areaCode = parseDialledLine(request.dialled)?.areaCode ?? null;
  return {
    id: request.id,
    callId: request.callId,
    dialled: request.dialled,
    areaCode,
    callerNumberMasked: maskNumber(request.callerNumber),
    answeredAt: request.answeredAt,
    endedAt: null,
    status: 'draft',
    intake: emptyIntake(areaCode && regions.includes(areaCode) ? areaCode : 'unknown'),
    notes: [],
    intakeRevision: 0,
    notesRevision: 0,
    transfers: [],
    transfersRevision: 0,
    callerHistory: null,
    supervisorInformed: false,
    followUp: null,
  };
}

export const useRecordStore = create<RecordState>()((set, get) => ({
  open: null,
  lastCompleted: null,
  editing: false,
  conflicts: {},
  replacedFromServer: 0,
  markConflict: (part) => {
    if (!get().conflicts[part]) set({ conflicts: { ...get().conflicts, [part]: true } });
  },
  keepMine: (part, storedRevision) => {
    const open = get().open;
    if (!open) return;
    const revision = storedRevision + 1;
    set({ conflicts: { ...get().conflicts, [part]: undefined } });
    if (part === 'intake') {
      set({ open: { ...open, intakeRevision: revision } });
      void queueRecordChange(open.id, { kind: 'intake', payload: { revision, intake: open.intake } });
    } else {
      set({ open: { ...open, notesRevision: revision } });
      void queueRecordChange(open.id, { kind: 'notes', payload: { revision, notes: open.notes } });
    }
  },
  takeStored: (stored) => {
    const open = get().open;
    if (!open) return;
    const replaced =
      stored.part === 'intake'
        ? { ...open, intake: stored.value, intakeRevision: stored.revision }
        : { ...open, notes: stored.value, notesRevision: stored.revision };
    set({ open: replaced, conflicts: { ...get().conflicts, [stored.part]: undefined }, replacedFromServer: get().replacedFromServer + 1 });
    void discardRecordChange(open.id, stored.part);
  },
  markEditing: () => {
    if (!get().editing) set({ editing: true });
  },
  startRecord: (request, regions) => {
    const record = fromStartRequest(request, regions);
    set({ open: record });
    void queueRecordChange(record.id, { kind: 'start', payload: request });
    return record;
  },
  openRecord: (record) => set({ open: record, editing: false, conflicts: {} }),
  closeRecord: () => set({ open: null, editing: false, conflicts: {} }),
  completed: (record) => set({ open: null, editing: false, conflicts: {}, lastCompleted: { callId: record.callId, intake: record.intake } }),
  handedOver: () => {
    const open = get().open;
    if (open) set({ open: null, editing: false, conflicts: {}, lastCompleted: { callId: open.callId, intake: open.intake } });
  },
  updateIntake: (intake) => {
    const open = get().open;
    if (!open || open.status !== 'draft') return;
    const revision = get().conflicts.intake ? open.intakeRevision : open.intakeRevision + 1;
    set({ open: { ...open, intake, intakeRevision: revision }, editing: false });
    void queueRecordChange(open.id, { kind: 'intake', payload: { revision, intake } });
  },
  updateNotes: (notes) => {
    const open = get().open;
    if (!open || open.status !== 'draft') return;
    const revision = get().conflicts.notes ? open.notesRevision : open.notesRevision + 1;
    set({ open: { ...open, notes, notesRevision: revision } });
    void queueRecordChange(open.id, { kind: 'notes', payload: { revision, notes } });
  },
  updateTransfers: (change) => {
    const open = get().open;
    if (!open || open.status !== 'draft') return;
    const transfers = change(open.transfers);
    const revision = open.transfersRevision + 1;
    set({ open: { ...open, transfers, transfersRevision: revision } });
    void queueRecordChange(open.id, { kind: 'transfers', payload: { revision, transfers } });
  },
  markEnded: (endedAt) => {
    const open = get().open;
    if (!open || open.endedAt) return;
    set({ open: { ...open, endedAt } });
    void queueRecordChange(open.id, { kind: 'end', payload: { endedAt } });
  },
  queueHandoff: (request) => {
    const open = get().open;
    if (open) void queueRecordChange(open.id, { kind: 'handoff', payload: request });
  },
  setCallerHistory: (callerHistory) => {
    const open = get().open;
    if (open) set({ open: { ...open, callerHistory } });
  },
  refreshFromApi: ({ id, supervisorInformed, followUp }) => {
    const open = get().open;
    if (open?.id === id) set({ open: { ...open, supervisorInformed, followUp } });
  },
}));
