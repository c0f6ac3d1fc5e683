import { z } from 'zod';
import { idString, plainText } from './text';

export const NoteEntry = z
  .object({
    id: idString(64),
    /** Seconds on the call clock (from answer) when the entry was made: shown as mm:ss. */
    atSec: z.number().int().min(0).max(24 * 3600),
    text: plainText(500).refine((value) => value.trim().length > 0, { message: 'text.required' }),
    edited: z.boolean(),
  })
  .meta({ id: 'NoteEntry' });
export type NoteEntry = z.infer<typeof NoteEntry>;

export const Notes = z.array(NoteEntry).max(300, { message: 'notes.tooMany' });
export type Notes = z.infer<typeof Notes>;
