import type { ReviewNoticeView } from '@/lib/pages/reviewNotice';
import styles from './CellReview.module.css';

/**
 * Above every page of a workspace dataset: how many of its positions are unreviewed, or that the
 * view reads approved cells only, with a plain GET form that switches (it resubmits the page's
 * other parameters, `keep`, so the page stays where it was).
 */
export function ReviewNotice({
  view,
  keep,
}: {
  view: ReviewNoticeView | undefined;
  keep: [string, string][];
}) {
  if (!view) return null;
  return (
    <div className={`${styles.notice} no-print`} role="note" aria-label="Review">
      <p>
        <strong>{view.heading}.</strong> {view.detail}
      </p>
      {view.toggle ? (
        <form method="get">
          {keep.map(([name, value], i) => (
            <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
          ))}
          {view.toggle.reviewed ? (
            <input type="hidden" name="reviewed" value={view.toggle.reviewed} />
          ) : null}
          <button type="submit">{view.toggle.label}</button>
        </form>
      ) : null}
    </div>
  );
}
