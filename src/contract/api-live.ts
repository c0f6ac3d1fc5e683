import { endpoint } from './endpoint';
import { AlertParams, CentreAlert, HelpRequest, HelpState } from './live';

/**
 * The live centre's endpoints of the API table (api.ts): the event stream, help requests and
 * alerts, the call queue, the nuisance list. Shapes are in live.ts.
 */
export const liveEndpoints = {
  requestHelp: endpoint({
    method: 'post',
    path: '/api/help',
    summary: 'Ask the supervisors on duty for help (a repeat while one is open answers the open one)',
    tag: 'live',
    access: ['counsellor'],
    body: HelpRequest,
    response: CentreAlert,
    successStatus: 201,
  }),
  myHelpRequest: endpoint({
    method: 'get',
    path: '/api/help',
    summary: 'My latest help request, and who saw it',
    tag: 'live',
    access: ['counsellor'],
    response: HelpState,
  }),
  acknowledgeAlert: endpoint({
    method: 'post',
    path: '/api/alerts/{id}/acknowledge',
    summary: 'Acknowledge an alert of my centre (audited; the first is kept)',
    tag: 'live',
    access: ['supervisor'],
    params: AlertParams,
    response: CentreAlert,
  }),
} as const;
