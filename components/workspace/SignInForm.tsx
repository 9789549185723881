import type { FormNotice } from '@/lib/pages/access';
import { WORKSPACE_API } from '@/lib/url/routes';
import styles from './Access.module.css';
import { FieldError } from './FieldError';

/** The sign-in form: a plain POST to the session action, which answers with a redirect (no JavaScript needed). */
export function SignInForm({
  email,
  next,
  notice,
}: {
  email?: string;
  next?: string;
  notice?: FormNotice;
}) {
  const wrong = (field: string) =>
    notice?.field === field
      ? { 'aria-invalid': true as const, 'aria-describedby': `signin-${field}-error` }
      : {};
  return (
    <form method="post" action={WORKSPACE_API.session} className={styles.form}>
      <FieldError notice={notice} field="" id="signin-error" />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div className={styles.field}>
        <label htmlFor="signin-email">Email</label>
        <input
          id="signin-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={254}
          defaultValue={email}
          {...wrong('email')}
        />
        <FieldError notice={notice} field="email" id="signin-email-error" />
      </div>
      <div className={styles.field}>
        <label htmlFor="signin-password">Password</label>
        <input
          id="signin-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          {...wrong('password')}
        />
        <FieldError notice={notice} field="password" id="signin-password-error" />
      </div>
      <button type="submit" className={styles.button}>
        Sign in
      </button>
    </form>
  );
}
