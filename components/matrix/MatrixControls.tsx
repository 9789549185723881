import { ONLY_GAPS_WORDS, type ViewLink } from '@/lib/matrix/controls';
import type { Round } from '@/lib/model';
import { DEFAULT_VIEW, ROWS_PER_PAGE, type ViewState } from '@/lib/url/query';
import { formatDate } from '@/lib/wording/dates';
import { REVIEW_STATE_WORDS } from '@/lib/wording/review';
import { isolate } from '@/lib/wording/text';
import styles from './MatrixControls.module.css';
import { KeptFields } from '@/components/KeptFields';

/**
 * The matrix's filters as a plain GET form (text, gaps only, round) and its sort orders as links,
 * so every control works without JavaScript and every view is a shareable link.
 */
export function MatrixControls({
  action,
  state,
  rounds,
  roundShown,
  sorts,
  downloadHref,
  downloadLabel,
  clearHref,
  choosePageSize,
  reviewFilter = false,
}: {
  action: string;
  state: ViewState;
  rounds: Round[];
  roundShown: string;
  sorts: ViewLink[];
  downloadHref: string;
  downloadLabel: string;
  clearHref?: string;
  /** Offer the issues-per-page choice (pointless when every issue fits on the smallest page). */
  choosePageSize: boolean;
  /** Offer the review-state filter (`?review=`): workspace datasets only. */
  reviewFilter?: boolean;
}) {
  return (
    <>
      <form className={styles.controls} method="get" action={action} role="search">
        <KeptFields state={state} />
        <label className={styles.field}>
          Find issues or positions
          <input type="search" name="q" defaultValue={state.q} placeholder="e.g. ceasefire" />
        </label>
        <label className={styles.check}>
          <input type="checkbox" name="only" value="gaps" defaultChecked={state.only === 'gaps'} />
          {ONLY_GAPS_WORDS}
        </label>
        <label className={styles.field}>
          Round
          <select name="round" defaultValue={roundShown}>
            {rounds.map((round) => (
              <option key={round.id} value={round.id}>
                {isolate(round.label)} ({formatDate(round.date)})
              </option>
            ))}
          </select>
        </label>
        {reviewFilter ? (
          <label className={styles.field}>
            Review
            <select name="review" defaultValue={state.review ?? ''}>
              <option value="">Every state</option>
              {(['awaiting', 'challenged', 'approved'] as const).map((s) => (
                <option key={s} value={s}>
                  {REVIEW_STATE_WORDS[s]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {choosePageSize ? (
          <label className={styles.field}>
            Issues per page
            <select name="rows" defaultValue={String(state.rows)}>
              {ROWS_PER_PAGE.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        ) : state.rows !== DEFAULT_VIEW.rows ? (
          <input type="hidden" name="rows" value={state.rows} />
        ) : null}
        {state.sort !== DEFAULT_VIEW.sort ? (
          <input type="hidden" name="sort" value={state.sort} />
        ) : null}
        {state.parties ? (
          <input type="hidden" name="parties" value={state.parties.join(',')} />
        ) : null}
        {state.issues ? <input type="hidden" name="issues" value={state.issues.join(',')} /> : null}
        <button className={styles.button} type="submit">
          Apply
        </button>
      </form>
      <div className={styles.bar}>
        <span>
          Sort by:{' '}
          <ul className={styles.sorts}>
            {sorts.map((link) => (
              <li key={link.label}>
                <a href={link.href} aria-current={link.current ? 'true' : undefined}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </span>
        {clearHref ? <a href={clearHref}>Clear filters</a> : null}
        <a href={downloadHref} download>
          {downloadLabel}
        </a>
      </div>
    </>
  );
}
