import { z } from 'zod';
import { DialString } from './sip';
import { idString } from './text';

/** A grant's secret: as the supervision grant's, 32–64 URL-safe characters. */
export const GrantToken = z.string().regex(/^[A-Za-z0-9_-]{32,64}$/);

export const TrainingCallParams = z.object({ id: z.uuid() });

/** The trainee's browser presents the grant the INVITE carried, with the call's own SIP Call-ID. */
export const VouchTrainingRequest = z
  .object({ token: GrantToken, callId: idString(256) })
  .meta({ id: 'VouchTrainingRequest' });
export type VouchTrainingRequest = z.infer<typeof VouchTrainingRequest>;

/** The API's word to the trainee's phone: a real mock call, and where its transfers must go. */
export const VouchedTraining = z
  .object({
    id: z.uuid(),
    trainerName: z.string(),
    /** Every transfer, consultation and emergency hand-off of this call dials this, never a real number. */
    practiceTarget: z.string(),
    /** The line the scenario's caller dialled: the training record's line. */
    dialled: DialString,
  })
  .meta({ id: 'VouchedTraining' });
export type VouchedTraining = z.infer<typeof VouchedTraining>;
