import type { Role } from '@/lib/auth/roles';

/** What a signed-in user without the role a page needs sees instead of it. */
export function NeedsRole({ needed, role, title }: { needed: Role; role: Role; title: string }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="notice" role="alert">
        This page needs the {needed} role; you are signed in as a {role}. An admin can change your
        role.
      </p>
    </>
  );
}
