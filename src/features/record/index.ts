export { useRecordSession } from './use-record-session';
export { useRecordStore, type OpenRecord } from './record-store';
export { needsDebriefAfter, useCompleteRecord, type CompletionOutcome } from './use-complete-record';
export { SaveStatusBadge } from './SaveStatusBadge';
export { CallerHistoryNotice } from './CallerHistoryNotice';
export { MyRecords } from './MyRecords';
export { clearRecordOutbox, flushRecordOutbox } from './record-outbox';
export { openRecordById } from './open-record';
export { CallBackButton } from './CallBackButton';
