import { api, type RecordHandoverRequest } from '../contract';
import { callApi } from './client';

/** Handing a record to a supervisor is done online: the API must hold it before the seat is freed. */
export const handOverRecord = (id: string, request: RecordHandoverRequest) => callApi(api.handOverRecord, { params: { id }, body: request });
