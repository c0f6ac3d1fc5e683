import { endpoint } from './endpoint';
import { AlertParams, CentreAlert } from './live';

/**
 * The live centre's endpoints of the API table (api.ts): the event stream, help requests and
 * alerts, the call queue, the nuisance list. Shapes are in live.ts.
 */
export const liveEndpoints = {
  acknowledgeAlert: endpoint({
    method: 'post',
    path: '/api/alerts/{id}/acknowledge',
    summary: 'A supervisor of the alert’s centre acknowledges it (audited; the first acknowledgement is kept)',
    tag: 'live',
    access: ['supervisor'],
    params: AlertParams,
    response: CentreAlert,
  }),
} as const;
