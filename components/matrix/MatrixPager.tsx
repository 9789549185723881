import type { Pager } from '@/lib/matrix/pages';
import styles from './MatrixPager.module.css';

/** Previous, next and page-number links for the matrix; plain links, so they work without JavaScript. */
export function MatrixPager({ pager, label }: { pager: Pager; label: string }) {
  return (
    <nav className={styles.pager} aria-label={label}>
      {pager.previous ? (
        <a href={pager.previous} rel="prev">
          ← Previous
        </a>
      ) : (
        <span className={styles.off}>← Previous</span>
      )}
      <ul className={styles.numbers}>
        {pager.links.map((link, i) =>
          'gap' in link ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={link.page}>
              <a
                href={link.href}
                aria-current={link.current ? 'page' : undefined}
                aria-label={`Page ${link.page}`}
              >
                {link.page}
              </a>
            </li>
          ),
        )}
      </ul>
      {pager.next ? (
        <a href={pager.next} rel="next">
          Next →
        </a>
      ) : (
        <span className={styles.off}>Next →</span>
      )}
    </nav>
  );
}
