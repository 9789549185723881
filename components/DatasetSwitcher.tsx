import Link from 'next/link';
import type { DatasetChoice } from '@/lib/pages/datasets';
import { datasetHref } from '@/lib/url/routes';
import styles from './DatasetSwitcher.module.css';

/** The header's list of every dataset, server-rendered, opening without JavaScript. */
export function DatasetSwitcher({ choices }: { choices: readonly DatasetChoice[] }) {
  if (choices.length === 0) return null;
  return (
    <details className={`${styles.switcher} no-print`}>
      <summary>Negotiations ({choices.length})</summary>
      <ul className={styles.list}>
        {choices.map((choice) => (
          <li key={choice.id}>
            <Link href={datasetHref(choice.id)}>
              <bdi>{choice.title}</bdi>
            </Link>
            {choice.errors ? <span className={styles.errors}> {choice.errors}</span> : null}
          </li>
        ))}
        <li className={styles.all}>
          <Link href="/">All negotiations</Link>
        </li>
      </ul>
    </details>
  );
}
