import { z } from 'zod';
import { endpoint } from './endpoint';
import { LoginRequest, Me, Ok } from './auth';
import { SipConfig, SipCredentials, SipCredentialsRequest } from './sip';
import { LinesResponse } from './lines';
import { PbxHa1Query, PbxRouteQuery, PbxText } from './pbx';

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
    summary: 'Which counsellor the PBX rings next for a call to a public line (404: nobody, answer busy)',
    tag: 'pbx',
    access: 'pbx',
    query: PbxRouteQuery,
    response: PbxText,
    responseKind: 'text',
  }),
} as const;

export type Api = typeof api;
