export { ShiftPanel } from './ShiftPanel';
export { useSeatSync, type SeatSyncInputs } from './use-seat-sync';
export { useSeatReadiness } from './seat-readiness';
