import { z } from 'zod';
import { Role } from './roles';
import { requiredText } from './text';

export const LoginRequest = z
  .object({
    username: requiredText(64),
    password: z.string().min(1, { message: 'text.required' }).max(256, { message: 'text.tooLong' }),
  })
  .meta({ id: 'LoginRequest' });
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Centre = z
  .object({
    areaCode: z.string().regex(/^0\d{2,3}$/),
    cityZh: z.string(),
    cityEn: z.string(),
    provinceZh: z.string(),
    provinceEn: z.string(),
  })
  .meta({ id: 'Centre', description: 'A 12356 centre, reached by its area code before 12356' });
export type Centre = z.infer<typeof Centre>;

export const Me = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: Role,
    // A union, not Centre.nullable(): the latter would document every Centre as nullable.
    centre: z.union([Centre, z.null()]),
    /** Still in training (#14): takes mock calls only, never a real one. */
    trainee: z.boolean(),
    /** Signed in with a one-time password (#15): the app shows only the password change. */
    mustChangePassword: z.boolean(),
  })
  .meta({ id: 'Me', description: 'The signed-in staff member' });
export type Me = z.infer<typeof Me>;

export const Ok = z.object({ ok: z.literal(true) }).meta({ id: 'Ok' });
