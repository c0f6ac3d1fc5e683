import { z } from 'zod';
import { endpoint } from './endpoint';
import { recordEndpoints, staffOnCalls } from './api-records';
import { liveEndpoints } from './api-live';
import { followUpEndpoints } from './api-follow-ups';
import { supervisionEndpoints } from './api-supervision';
import { LoginRequest, Me, Ok } from './auth';
import { SipConfig, SipCredentials, SipCredentialsRequest, SipSeatHolder, SipSeatHolderQuery } from './sip';
import { LinesResponse } from './lines';
import { PbxHa1Query, PbxRouteQuery, PbxText } from './pbx';
import { InstitutionList, NoteChipList } from './contact';
import { TransferDirectoryView } from './transfer';
import {
  CentreSettings,
  CentreSettingsParams,
  ClockOutRequest,
  Handover,
  LineStats,
  LineStatsQuery,
  SeatChange,
  SeatView,
  ShiftSummary,
} from './shift';

export const HealthResponse = z
  .object({ ok: z.literal(true), store: z.enum(['pglite', 'postgres']) })
  .meta({ id: 'Health' });

export const api = {
  health: endpoint({
    method: 'get',
    path: '/api/health',
    summary: 'Liveness, and which store the server runs on',
    tag: 'ops',
    access: 'public',
    response: HealthResponse,
  }),
  login: endpoint({
    method: 'post',
    path: '/api/session',
    summary: 'Sign in; sets the httpOnly session cookie',
    tag: 'session',
    access: 'public',
    body: LoginRequest,
    response: Me,
  }),
  logout: endpoint({
    method: 'delete',
    path: '/api/session',
    summary: 'Sign out; ends the session and revokes its SIP credentials',
    tag: 'session',
    access: 'signed-in',
    response: Ok,
  }),
  me: endpoint({
    method: 'get',
    path: '/api/me',
    summary: 'The signed-in staff member',
    tag: 'session',
    access: 'signed-in',
    response: Me,
  }),
  sipConfig: endpoint({
    method: 'get',
    path: '/api/sip/config',
    summary: 'Where the PBX is (WebSocket URL, domain)',
    tag: 'telephony',
    access: 'signed-in',
    response: SipConfig,
  }),
  sipCredentials: endpoint({
    method: 'post',
    path: '/api/sip/credentials',
    summary: 'Issue SIP digest credentials for this tab; older tabs of the same identity lose theirs',
    tag: 'telephony',
    access: ['counsellor', 'supervisor', 'trainer', 'admin'],
    body: SipCredentialsRequest,
    response: SipCredentials,
  }),
  sipSeatHolder: endpoint({
    method: 'get',
    path: '/api/sip/seat-holder',
    summary: 'Whether this tab still holds its SIP identity, or another tab or device took it since',
    tag: 'telephony',
    access: ['counsellor', 'supervisor', 'trainer', 'admin'],
    query: SipSeatHolderQuery,
    response: SipSeatHolder,
  }),
  lines: endpoint({
    method: 'get',
    path: '/api/lines',
    summary: 'The province and its centres by area code',
    tag: 'lines',
    access: 'signed-in',
    response: LinesResponse,
  }),
  pbxHa1: endpoint({
    method: 'get',
    path: '/api/pbx/ha1',
    summary: 'HA1 digest of a SIP identity, for the PBX registrar (404 when unknown or revoked)',
    tag: 'pbx',
    access: 'pbx',
    query: PbxHa1Query,
    response: PbxText,
    responseKind: 'text',
  }),
  pbxRoute: endpoint({
    method: 'get',
    path: '/api/pbx/route',
    summary:
      'Which counsellor the PBX rings next for a call to a public line (404: nobody; its body says why: nobody-on-duty, all-busy, no-answer, unknown-line, queue:N)',
    tag: 'pbx',
    access: 'pbx',
    query: PbxRouteQuery,
    response: PbxText,
    responseKind: 'text',
  }),
  ...recordEndpoints,
  ...liveEndpoints,
  ...followUpEndpoints,
  ...supervisionEndpoints,
  transferTargets: endpoint({
    method: 'get',
    path: '/api/transfer-targets',
    summary: 'The transfer directory, with the supervisor on duty filled in',
    tag: 'transfer',
    access: 'signed-in',
    response: TransferDirectoryView,
  }),
  seat: endpoint({
    method: 'get',
    path: '/api/seat',
    summary: 'My seat status, shift session (calls, breaks) and my centre’s settings',
    tag: 'shift',
    access: staffOnCalls,
    response: SeatView,
  }),
  changeSeat: endpoint({
    method: 'put',
    path: '/api/seat',
    summary: 'Change my seat status; the PBX rings only available seats',
    tag: 'shift',
    access: staffOnCalls,
    body: SeatChange,
    response: SeatView,
  }),
  clockIn: endpoint({
    method: 'post',
    path: '/api/shift/clock-in',
    summary: 'Clock in: the seat becomes available (idempotent while clocked in)',
    tag: 'shift',
    access: staffOnCalls,
    response: SeatView,
  }),
  clockOut: endpoint({
    method: 'post',
    path: '/api/shift/clock-out',
    summary: 'Clock out with a handover note for the next shift; answers the shift summary',
    tag: 'shift',
    access: staffOnCalls,
    body: ClockOutRequest,
    response: ShiftSummary,
  }),
  handover: endpoint({
    method: 'get',
    path: '/api/shift/handover',
    summary: 'What earlier shifts of my centre left: handover notes, open follow-ups and open rescues',
    tag: 'shift',
    access: staffOnCalls,
    response: Handover,
  }),
  centreSettings: endpoint({
    method: 'get',
    path: '/api/centres/{areaCode}/settings',
    summary: 'A centre’s shifts, wrap-up and wellbeing settings',
    tag: 'shift',
    access: 'signed-in',
    params: CentreSettingsParams,
    response: CentreSettings,
  }),
  lineStats: endpoint({
    method: 'get',
    path: '/api/stats/lines',
    summary: 'Calls offered to my centre’s lines and those that reached nobody (busy) since a moment',
    tag: 'shift',
    access: ['supervisor', 'admin'],
    query: LineStatsQuery,
    response: LineStats,
  }),
  institutions: endpoint({
    method: 'get',
    path: '/api/institutions',
    summary: 'Psychiatric institutions callers can be referred to',
    tag: 'directory',
    access: 'signed-in',
    response: InstitutionList,
  }),
  noteChips: endpoint({
    method: 'get',
    path: '/api/settings/note-chips',
    summary: 'Quick-insert topics of the note pad',
    tag: 'settings',
    access: 'signed-in',
    response: NoteChipList,
  }),
} as const;

export type Api = typeof api;
