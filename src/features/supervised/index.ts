export { SupervisionBanner } from './SupervisionBanner';
export { useSupervisionVoucher } from './use-supervision-voucher';
