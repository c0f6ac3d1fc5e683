import { endpoint } from './endpoint';
import { QueuePosition, QueuePositionQuery } from './live';
import { PbxQueueEventQuery, PbxText } from './pbx';

/**
 * The live centre's endpoints of the API table (api.ts): the event stream, help requests and
 * alerts, the call queue, the nuisance list. Shapes are in live.ts.
 */
export const liveEndpoints = {
  queuePosition: endpoint({
    method: 'get',
    path: '/api/queue/position',
    summary: "A queued call's place in line",
    tag: 'queue',
    access: ['trainer', 'admin'],
    query: QueuePositionQuery,
    response: QueuePosition,
  }),
  pbxQueueEvent: endpoint({
    method: 'get',
    path: '/api/pbx/queue-event',
    summary: 'The PBX reports a held caller: queued, abandoned, gone, limit',
    tag: 'pbx',
    access: 'pbx',
    query: PbxQueueEventQuery,
    response: PbxText,
    responseKind: 'text',
  }),
} as const;
