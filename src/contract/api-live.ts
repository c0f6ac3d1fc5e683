import { Ok } from './auth';
import { ContactParams } from './contact';
import { endpoint } from './endpoint';
import { AlertParams, CentreAlert, HelpRequest, HelpState, LiveEvent, QueuePosition, QueuePositionQuery } from './live';
import {
  ListNuisanceRequest,
  NuisanceListing,
  NuisanceListingList,
  NuisanceParams,
  NuisanceSuggestion,
  NuisanceSuggestionList,
  SuggestNuisanceRequest,
} from './nuisance';
import { PbxQueueEventQuery, PbxText } from './pbx';

/**
 * The live centre's endpoints of the API table (api.ts): the event stream, help requests and
 * alerts, the call queue, the nuisance list. Shapes are in live.ts and nuisance.ts.
 */
export const liveEndpoints = {
  nuisanceListings: endpoint({
    method: 'get',
    path: '/api/nuisance/listings',
    summary: 'My centre’s live nuisance listings (masked numbers)',
    tag: 'nuisance',
    access: ['supervisor'],
    response: NuisanceListingList,
  }),
  nuisanceSuggestions: endpoint({
    method: 'get',
    path: '/api/nuisance/suggestions',
    summary: 'My centre’s undecided nuisance-list suggestions',
    tag: 'nuisance',
    access: ['supervisor'],
    response: NuisanceSuggestionList,
  }),
  suggestNuisance: endpoint({
    method: 'post',
    path: '/api/contacts/{id}/nuisance-suggestion',
    summary: 'Suggest listing the caller of my record (audited)',
    tag: 'nuisance',
    access: ['counsellor', 'supervisor'],
    params: ContactParams,
    body: SuggestNuisanceRequest,
    response: NuisanceSuggestion,
  }),
  listNuisanceFromRecord: endpoint({
    method: 'post',
    path: '/api/contacts/{id}/nuisance-listing',
    summary: 'List the caller of a record of my centre (audited)',
    tag: 'nuisance',
    access: ['supervisor'],
    params: ContactParams,
    body: ListNuisanceRequest,
    response: NuisanceListing,
  }),
  listNuisanceFromSuggestion: endpoint({
    method: 'post',
    path: '/api/nuisance/suggestions/{id}/listing',
    summary: 'List a suggested caller (audited)',
    tag: 'nuisance',
    access: ['supervisor'],
    params: NuisanceParams,
    body: ListNuisanceRequest,
    response: NuisanceListing,
  }),
  dismissNuisanceSuggestion: endpoint({
    method: 'post',
    path: '/api/nuisance/suggestions/{id}/dismissal',
    summary: 'Dismiss a suggestion (audited)',
    tag: 'nuisance',
    access: ['supervisor'],
    params: NuisanceParams,
    response: Ok,
  }),
  removeNuisanceListing: endpoint({
    method: 'delete',
    path: '/api/nuisance/listings/{id}',
    summary: 'End a listing before its expiry (audited)',
    tag: 'nuisance',
    access: ['supervisor'],
    params: NuisanceParams,
    response: Ok,
  }),
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
  events: endpoint({
    method: 'get',
    path: '/api/events',
    // Shipped to the browser with the contract: kept short (the counsellor's first-load budget).
    summary: 'The live centre as Server-Sent Events: a snapshot, then changes, filtered by role',
    tag: 'live',
    access: ['counsellor', 'supervisor', 'admin', 'trainer'],
    response: LiveEvent,
    responseKind: 'events',
  }),
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
