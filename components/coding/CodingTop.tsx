import Link from 'next/link';
import type { Role } from '@/lib/auth/roles';
import { AccessBar } from '@/components/workspace/AccessBar';
import styles from './Coding.module.css';

/** The top of a coding page: who is signed in, the way back to the dataset, and what just happened. */
export function CodingTop({
  email,
  role,
  home,
  datasetTitle,
  saved,
  lost,
}: {
  email: string;
  role: Role;
  home: { href: string; words: string };
  datasetTitle: string;
  saved?: string;
  lost?: boolean;
}) {
  return (
    <>
      <AccessBar email={email} role={role} />
      <p className="small">
        <Link href={home.href}>{home.words}</Link> · <bdi>{datasetTitle}</bdi>
      </p>
      {saved ? (
        <p className={styles.done} role="status">
          Saved as revision {saved}.
        </p>
      ) : null}
      {lost ? (
        <p className="notice" role="alert">
          Your refused entries could not be found: they are kept for 15 minutes, for the account
          that sent them, and only its latest 50. The form shows the saved values.
        </p>
      ) : null}
    </>
  );
}
