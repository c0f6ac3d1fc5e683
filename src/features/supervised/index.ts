export { SupervisionSlot } from './supervision-slot';
export { useSupervisionVoucher } from './use-supervision-voucher';
