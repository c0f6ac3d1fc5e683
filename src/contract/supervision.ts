import { z } from 'zod';
import { Instant } from './dates';
import { SupervisionMode } from './live';
import { idString } from './text';

/**
 * Supervision on a live call (design.md §4): the supervisor's browser calls the counsellor's
 * seat carrying a grant the API issued; the counsellor's browser has the API vouch for it before
 * it accepts the call without ringing, and mixes the audio itself (WebAudio), so a PBX that only
 * routes calls will do. The API is the only judge of who may supervise which call, in which mode.
 */

/** The SIP header of a supervision call: `<grant id>;token=<token>`. */
export const SUPERVISION_HEADER = 'X-Supervision';

/** A mode change travels in the call as SIP INFO of this type; the counsellor's browser checks it with the API. */
export const SUPERVISION_INFO_TYPE = 'application/x-supervision+json';

const GrantToken = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/);

export function formatSupervisionHeader(id: string, token: string): string {
  return `${id};token=${token}`;
}

export function parseSupervisionHeader(value: string | undefined): { id: string; token: string } | null {
  const match = /^([0-9a-f-]{36});token=([A-Za-z0-9_-]{32,64})$/i.exec(value?.trim() ?? '');
  return match?.[1] && match[2] ? { id: match[1], token: match[2] } : null;
}

/** Where a supervision stands: granted (not yet vouched for), live, or over. */
export const SupervisionState = z.enum(['granted', 'live', 'ended']);
export type SupervisionState = z.infer<typeof SupervisionState>;

/** Why a supervision ended: either side left, the call ended or was transferred, or the grant lapsed unused. */
export const SupervisionEndReason = z.enum(['supervisor-left', 'counsellor-ended', 'call-ended', 'transferred', 'expired']);
export type SupervisionEndReason = z.infer<typeof SupervisionEndReason>;

export const StartSupervisionRequest = z
  .object({
    /** The SIP Call-ID of the live call, as the seat board shows it. */
    callId: idString(256),
    mode: SupervisionMode,
  })
  .meta({ id: 'StartSupervisionRequest' });
export type StartSupervisionRequest = z.infer<typeof StartSupervisionRequest>;

/** What the supervisor's browser dials with: short-lived and good for one call only. */
export const SupervisionGrant = z
  .object({
    id: z.uuid(),
    token: GrantToken,
    callId: idString(256),
    mode: SupervisionMode,
    /** The counsellor's seat extension: the supervisor's phone calls sip:<extension>@<domain>. */
    extension: z.string(),
    counsellorName: z.string(),
    expiresAt: Instant,
  })
  .meta({ id: 'SupervisionGrant' });
export type SupervisionGrant = z.infer<typeof SupervisionGrant>;

export const SupervisionParams = z.object({ id: z.uuid() });

/** The counsellor's browser presents the grant it received, and names the caller's call it is on. */
export const VouchSupervisionRequest = z
  .object({ token: GrantToken, callId: idString(256) })
  .meta({ id: 'VouchSupervisionRequest' });

/** Who ended it, from which side: the supervisor leaves; the counsellor's phone ends it with the call. */
export const EndSupervisionRequest = z
  .object({ reason: SupervisionEndReason.exclude(['expired']) })
  .meta({ id: 'EndSupervisionRequest' });

export const ChangeSupervisionModeRequest = z.object({ mode: SupervisionMode }).meta({ id: 'ChangeSupervisionModeRequest' });

/** One supervision as both sides and the record see it. */
export const Supervision = z
  .object({
    id: z.uuid(),
    callId: idString(256),
    state: SupervisionState,
    mode: SupervisionMode,
    supervisorId: z.string(),
    supervisorName: z.string(),
    counsellorId: z.string(),
    startedAt: Instant.nullable(),
    endedAt: Instant.nullable(),
    endReason: SupervisionEndReason.nullable(),
  })
  .meta({ id: 'Supervision' });
export type Supervision = z.infer<typeof Supervision>;

/** The record's supervision log: every start, mode change, end and refusal, in order. */
export const SupervisionLogEntry = z
  .object({
    at: Instant,
    change: z.enum(['started', 'mode-changed', 'ended', 'refused']),
    mode: SupervisionMode.nullable(),
    supervisorName: z.string().nullable(),
    endReason: SupervisionEndReason.nullable(),
  })
  .meta({ id: 'SupervisionLogEntry' });
export type SupervisionLogEntry = z.infer<typeof SupervisionLogEntry>;
