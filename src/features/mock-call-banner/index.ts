export { MockCallBanner } from './MockCallBanner';
export { useTrainingVoucher } from './use-training-voucher';
