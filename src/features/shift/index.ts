export { ShiftPanel } from './ShiftPanel';
export { useSeatSync } from './use-seat-sync';
