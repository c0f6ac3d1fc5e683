export { TransferBar } from './TransferBar';
export { EmergencyButtons } from './EmergencyButtons';
export { OpenRescues, type RecordInProgress } from './OpenRescues';
export { useTransferLogger } from './use-transfer-logger';
export { TransferRecordProvider, type TransferRecordLink } from './record-link';
