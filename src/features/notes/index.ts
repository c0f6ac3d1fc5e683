export { NotePad, type NotePadProps } from './NotePad';
