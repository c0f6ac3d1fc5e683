import { z } from 'zod';
import { DialString } from './sip';
import { idString } from './text';

/** The dev/test PBX authenticates itself to the API with this header and a shared secret. */
export const PBX_SECRET_HEADER = 'X-Pbx-Secret';

export const PbxHa1Query = z.object({
  username: idString(64),
  realm: idString(128),
});

export const PbxRouteQuery = z.object({
  dialled: DialString,
  callId: idString(256),
  /**
   * The caller's number as the PBX saw it (the From user). Anything but digits (`anonymous`) is
   * recorded as no number rather than refused: a call must be routed whatever its From says.
   */
  caller: z.string().max(64).optional(),
  /** SIP usernames already offered this call (busy, unreachable, no answer), comma-separated. */
  tried: z.string().regex(/^[\x20-\x7E]{0,2048}$/).optional(),
  /**
   * The one the PBX could not ring just now because its phone is not registered here (yet): a
   * queued call released to them goes back in line and may be released to them again.
   */
  unreachable: z.string().regex(/^[A-Za-z0-9._~+-]{0,64}$/).optional(),
});

/** text/plain: the HA1 digest, or the SIP username of the counsellor to ring next. */
export const PbxText = z.string();

/**
 * Why /api/pbx/route names nobody (the body of its 404), so the PBX can tell the caller:
 * - nobody-on-duty: no counsellor of the line is clocked in with a softphone, or all are on break;
 * - all-busy: the counsellors on duty are on a call or writing one up;
 * - no-answer: every available counsellor was rung for this call and none answered;
 * - unknown-line: the number is no line of this deployment (an area code without a centre).
 */
export const PbxNoRouteReason = z.enum(['nobody-on-duty', 'all-busy', 'no-answer', 'unknown-line']);
export type PbxNoRouteReason = z.infer<typeof PbxNoRouteReason>;

/**
 * What the PBX tells the queue about a caller it holds: queued (the INVITE is suspended, with tm's
 * index and label for the release), abandoned (CANCEL while waiting or ringing), gone (the
 * caller's connection closed without a CANCEL), limit (the queue time limit passed: busy).
 */
export const PbxQueueEventQuery = z.object({
  event: z.enum(['queued', 'abandoned', 'gone', 'limit']),
  callId: idString(256),
  tindex: z.coerce.number().int().min(0).optional(),
  tlabel: z.coerce.number().int().min(0).optional(),
});
