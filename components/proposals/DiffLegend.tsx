import styles from './Redline.module.css';

/** How the word diff is marked, in the marks themselves. */
export function DiffLegend() {
  return (
    <p className={styles.legend}>
      In the new text, <del className={styles.removed}>struck-through words</del> are removed and{' '}
      <ins className={styles.added}>underlined words</ins> are added.
    </p>
  );
}
