import { z } from 'zod';

export const roles = ['counsellor', 'supervisor', 'trainer', 'admin'] as const;
export const Role = z.enum(roles).meta({ id: 'Role', description: 'What a staff member does at the desk' });
export type Role = z.infer<typeof Role>;
