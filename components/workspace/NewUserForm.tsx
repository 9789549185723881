import type { Role } from '@/lib/auth/roles';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password';
import { roleChoices, type FormNotice } from '@/lib/pages/access';
import { WORKSPACE_API } from '@/lib/url/routes';
import styles from './Access.module.css';
import { FieldError } from './FieldError';

/** Adds a user with a role and an initial password (they should change it), posted as a plain form. */
export function NewUserForm({
  notice,
  email,
  role,
}: {
  notice?: FormNotice;
  email?: string;
  role?: Role;
}) {
  const wrong = (field: string) =>
    notice?.field === field
      ? { 'aria-invalid': true as const, 'aria-describedby': `user-${field}-error` }
      : {};
  return (
    <form method="post" action={WORKSPACE_API.users} className={styles.form}>
      <FieldError notice={notice} field="" id="user-error" />
      <div className={styles.field}>
        <label htmlFor="user-email">Email</label>
        <input
          id="user-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={email}
          {...wrong('email')}
        />
        <FieldError notice={notice} field="email" id="user-email-error" />
      </div>
      <div className={styles.field}>
        <label htmlFor="user-role">Role</label>
        <select id="user-role" name="role" defaultValue={role ?? 'viewer'} {...wrong('role')}>
          {roleChoices().map((c) => (
            <option key={c.role} value={c.role}>
              {c.role}: {c.words}
            </option>
          ))}
        </select>
        <FieldError notice={notice} field="role" id="user-role-error" />
      </div>
      <div className={styles.field}>
        <label htmlFor="user-password">Initial password</label>
        <input
          id="user-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          aria-describedby={
            notice?.field === 'password'
              ? 'user-password-error user-password-hint'
              : 'user-password-hint'
          }
          aria-invalid={notice?.field === 'password' ? true : undefined}
        />
        <p className={styles.hint} id="user-password-hint">
          At least {MIN_PASSWORD_LENGTH} characters. Give it to them in person or by phone, not by
          email.
        </p>
        <FieldError notice={notice} field="password" id="user-password-error" />
      </div>
      <button type="submit" className={styles.button}>
        Add user
      </button>
    </form>
  );
}
