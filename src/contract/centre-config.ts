import { z } from 'zod';
import { DialString } from './sip';
import { plainText, requiredText } from './text';
import { TransferDirectory } from './transfer';

/**
 * The configuration screens' schemas (#15). Imported by path by the admin screens and the server,
 * never through the contract's index: the counsellor's first load does not hold them.
 */

const AreaCode = z.string().regex(/^0\d{2,3}$/, { message: 'adminConfig.badAreaCode' });

/**
 * A new directory with, in `confirmEmergency`, the ids of the emergency entries (110, 120, 119)
 * whose number or emergency flag it changes or which it removes: the API refuses a change to them
 * that does not name each, so no script skips the screen's second confirmation.
 */
export const TransferDirectoryChange = TransferDirectory.extend({
  confirmEmergency: z.array(z.string().max(40)).max(100).optional(),
}).meta({ id: 'TransferDirectoryChange' });
export type TransferDirectoryChange = z.infer<typeof TransferDirectoryChange>;

/** What an admin enters about a referral institution. */
export const InstitutionInput = z
  .object({
    nameZh: requiredText(80),
    nameEn: requiredText(160),
    areaCode: AreaCode,
    phone: z.union([z.literal(''), DialString]),
    address: plainText(200),
    hours: plainText(100),
    services: plainText(300),
    retired: z.boolean(),
  })
  .meta({ id: 'InstitutionInput' });
export type InstitutionInput = z.infer<typeof InstitutionInput>;

export const InstitutionParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,60}$/) });

/** A centre as the admin sees it: its line, whether the line takes calls, how many staff it has. */
export const AdminCentre = z
  .object({
    areaCode: z.string(),
    cityZh: z.string(),
    cityEn: z.string(),
    /** `<area code>12356`. */
    line: z.string(),
    lineOpen: z.boolean(),
    staffCount: z.number().int(),
  })
  .meta({ id: 'AdminCentre' });
export type AdminCentre = z.infer<typeof AdminCentre>;
export const AdminCentreList = z.object({ centres: z.array(AdminCentre) }).meta({ id: 'AdminCentreList' });
export type AdminCentreList = z.infer<typeof AdminCentreList>;

export const CentreEdit = z
  .object({ cityZh: requiredText(20), cityEn: requiredText(40), lineOpen: z.boolean() })
  .meta({ id: 'CentreEdit' });
export type CentreEdit = z.infer<typeof CentreEdit>;
export const NewCentre = CentreEdit.extend({ areaCode: AreaCode }).meta({ id: 'NewCentre' });
export type NewCentre = z.infer<typeof NewCentre>;
export const AdminCentreParams = z.object({ areaCode: AreaCode });
