export { NotePad, type NotePadProps } from './NotePad';
export { ProtocolReminders } from './ProtocolReminders';
