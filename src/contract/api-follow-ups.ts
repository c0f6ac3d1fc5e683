import { endpoint } from './endpoint';
import { staffOnCalls } from './api-records';
import { CloseFollowUpRequest, FollowUp, FollowUpList, FollowUpListQuery, FollowUpParams, ReassignFollowUpRequest } from './follow-up';

/** Follow-up tasks (#13): the call-backs high-risk records leave, listed, closed and reassigned. */
export const followUpEndpoints = {
  followUps: endpoint({
    method: 'get',
    path: '/api/follow-ups',
    summary: 'Follow-ups, soonest due first: a counsellor’s own and the unassigned ones of their centre, or (supervisor) the centre’s',
    tag: 'follow-ups',
    access: staffOnCalls,
    query: FollowUpListQuery,
    response: FollowUpList,
  }),
  closeFollowUp: endpoint({
    method: 'post',
    path: '/api/follow-ups/{id}/close',
    summary: 'Close a follow-up with its outcome (audited; kept on the record): its assignee, anyone for an unassigned one, or a supervisor',
    tag: 'follow-ups',
    access: staffOnCalls,
    params: FollowUpParams,
    body: CloseFollowUpRequest,
    response: FollowUp,
  }),
  reassignFollowUp: endpoint({
    method: 'put',
    path: '/api/follow-ups/{id}/assignee',
    summary: 'Give an open follow-up to a counsellor of the centre, or leave it to anyone (audited; supervisors)',
    tag: 'follow-ups',
    access: ['supervisor'],
    params: FollowUpParams,
    body: ReassignFollowUpRequest,
    response: FollowUp,
  }),
} as const;
