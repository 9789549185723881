import { z } from 'zod';

/** The roles, least to most: each may do everything the ones before it may. */
export const ROLES = ['viewer', 'coder', 'reviewer', 'admin'] as const;

/** A workspace role. */
export const roleSchema = z.enum(ROLES, {
  error: `must be one of ${ROLES.join(', ')}`,
});

/** A workspace role: viewer, coder, reviewer or admin. */
export type Role = z.infer<typeof roleSchema>;

/** What each role may do, in plain words (the users page and docs/workspace-access.md say the same). */
export const ROLE_WORDS: Record<Role, string> = {
  viewer: 'reads workspace pages',
  coder: 'also creates datasets and codes positions',
  reviewer: 'also reviews and accepts coders’ changes',
  admin: 'also manages users and roles and reads the audit log',
};

/** True when `role` is `needed` or above it. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** True when the text names a role. */
export function isRole(value: unknown): value is Role {
  return roleSchema.safeParse(value).success;
}
