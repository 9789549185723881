import type { ReactNode } from 'react';
import styles from './TableScroll.module.css';

/** Lets a wide table scroll sideways on a narrow screen instead of widening the page. */
export function TableScroll({ children }: { children: ReactNode }) {
  return <div className={styles.scroll}>{children}</div>;
}
