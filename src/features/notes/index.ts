export { NotePad, type NotePadProps } from './NotePad';
export { notesToSummary } from './summary';
