import { useMutation } from '@tanstack/react-query';
import type { SupervisionEndReason } from '../contract';
import { supervisionEndpoints } from '../contract/api-supervision';
import { callApi } from './client';

/** Either side ends it; the record's supervision log names who and why. */
export const endSupervision = ({ id, reason }: { id: string; reason: Exclude<SupervisionEndReason, 'expired'> }) =>
  callApi(supervisionEndpoints.endSupervision, { params: { id }, body: { reason } });

export const useEndSupervision = () => useMutation({ mutationFn: endSupervision });
