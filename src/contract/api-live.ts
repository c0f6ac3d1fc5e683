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
    summary: "A queued call's place in line (the caller simulator shows it); 404 when the call is unknown",
    tag: 'queue',
    access: ['trainer', 'admin'],
    query: QueuePositionQuery,
    response: QueuePosition,
  }),
  pbxQueueEvent: endpoint({
    method: 'get',
    path: '/api/pbx/queue-event',
    summary: 'The PBX tells the call queue about a held caller: queued (with the suspended transaction), abandoned, gone, limit',
    tag: 'pbx',
    access: 'pbx',
    query: PbxQueueEventQuery,
    response: PbxText,
    responseKind: 'text',
  }),
} as const;
