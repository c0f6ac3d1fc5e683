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
    summary:
      'The live centre as Server-Sent Events: a snapshot, then each change (event type = the event’s `type`), with a comment every 15 s. A counsellor’s stream carries their own seat and alerts and their centre’s queue figures; a supervisor’s their whole centre; an admin’s every centre.',
    tag: 'live',
    access: ['counsellor', 'supervisor', 'admin'],
    response: LiveEvent,
    responseKind: 'events',
  }),
} as const;
