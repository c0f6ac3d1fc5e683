import { z } from 'zod';

/** A phone number as dialled: digits only, 3 to 20 of them (110, 12356, 059112356, mobiles). */
export const DialString = z.string().regex(/^\d{3,20}$/, { message: 'phone.digitsOnly' });

export const SipCredentialsRequest = z
  .object({
    /**
     * Register as a pretend service or caller phone (110, 120, 12355, a caller's mobile) instead of
     * as oneself. Only trainers and admins may; it is what the caller simulator uses.
     */
    asNumber: DialString.optional(),
    /**
     * `supervision`: the supervisor's console phone, which only places supervision calls. It has a
     * SIP identity of its own (`sv` + extension), so it never takes the supervisor's own seat from
     * a workstation tab. Supervisors only.
     * `training`: the trainer's console phone (`tr` + extension, trainingSipUsername): it places mock
     * calls and registers, being the practice target every transfer of a mock call dials. Trainers only.
     */
    purpose: z.enum(['seat', 'supervision', 'training']).optional(),
    /** A random id per browser tab, so a newer tab can take the seat from an older one. */
    tabId: z.string().min(8).max(64),
  })
  .meta({ id: 'SipCredentialsRequest' });
export type SipCredentialsRequest = z.infer<typeof SipCredentialsRequest>;

/** The SIP identity of a supervisor's console phone (see SipCredentialsRequest.purpose). */
export function supervisionSipUsername(extension: string): string {
  return `sv${extension}`;
}

export const SipSeatHolderQuery = z.object({ tabId: SipCredentialsRequest.shape.tabId }).meta({ id: 'SipSeatHolderQuery' });
export type SipSeatHolderQuery = z.infer<typeof SipSeatHolderQuery>;

export const SipSeatHolder = z
  .object({
    /** False once another tab or device was issued newer credentials for the same SIP identity. */
    heldByThisTab: z.boolean(),
  })
  .meta({ id: 'SipSeatHolder' });
export type SipSeatHolder = z.infer<typeof SipSeatHolder>;

export const SipConfig = z
  .object({
    wsUrl: z.string(),
    domain: z.string(),
    /** How long a REGISTER lasts before it is refreshed. */
    registerExpiresSec: z.number().int().positive(),
  })
  .meta({ id: 'SipConfig', description: 'Where the PBX is; enough to place an anonymous call' });
export type SipConfig = z.infer<typeof SipConfig>;

export const SipCredentials = SipConfig.extend({
  username: z.string(),
  password: z.string(),
  displayName: z.string(),
}).meta({ id: 'SipCredentials', description: 'Digest credentials, issued per sign-in and tab; a newer tab invalidates older ones' });
export type SipCredentials = z.infer<typeof SipCredentials>;
