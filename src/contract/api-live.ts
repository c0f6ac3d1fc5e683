import { endpoint } from './endpoint';
import { LiveEvent } from './live';

/**
 * The live centre's endpoints of the API table (api.ts): the event stream, help requests and
 * alerts, the call queue, the nuisance list. Shapes are in live.ts.
 */
export const liveEndpoints = {
  events: endpoint({
    method: 'get',
    path: '/api/events',
    // Shipped to the browser with the contract: kept short (the counsellor's first-load budget).
    summary: 'The live centre as Server-Sent Events: a snapshot, then changes, filtered by role',
    tag: 'live',
    access: ['counsellor', 'supervisor', 'admin'],
    response: LiveEvent,
    responseKind: 'events',
  }),
} as const;
