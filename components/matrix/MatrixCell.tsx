import { DataText } from '@/components/DataText';
import { PositionStatus } from '@/components/evidence/PositionStatus';
import type { MatrixCellView } from '@/lib/matrix/cell';
import { formatDate } from '@/lib/wording/dates';
import { REVIEW_STATE_WORDS } from '@/lib/wording/review';
import { count } from '@/lib/wording/numbers';
import { moreSaidText } from '@/lib/wording/statement';
import { CellMarker } from './CellMarker';
import styles from './MatrixCell.module.css';

/**
 * The content of one matrix cell: status (in words and by border style, never by colour alone),
 * the label linking to the evidence, the value on the issue's scale, confidence, whether its
 * sources disagree, conditions, the round it dates from when older than the round shown, and who
 * said its quotes and when, where that is not the round's date.
 */
export function MatrixCell({ cell }: { cell: MatrixCellView }) {
  const coded = cell.kind === 'stated' || cell.kind === 'inferred';
  if (cell.reviewFilteredOut && cell.review)
    return (
      <div className={`${styles.cell} ${styles.silent}`}>
        <span className={styles.meta}>{REVIEW_STATE_WORDS[cell.review]}: filtered out</span>
        <a className={styles.meta} href={cell.href}>
          Details<span className="sr-only"> for {cell.partyName} on this issue</span>
        </a>
      </div>
    );
  return (
    <div className={cell.kind === 'none' ? `${styles.cell} ${styles.silent}` : styles.cell}>
      <span className={styles.head}>
        <PositionStatus kind={cell.kind} />
        {cell.confidence ? (
          <span className={styles.confidence}>{`${cell.confidence} confidence`}</span>
        ) : null}
      </span>
      {cell.label ? (
        <a className={styles.label} href={cell.href}>
          {cell.label}
        </a>
      ) : (
        <a className={styles.meta} href={cell.href}>
          {cell.kind === 'none' ? "Coder's note" : 'Details'}
          <span className="sr-only"> for {cell.partyName} on this issue</span>
        </a>
      )}
      {cell.value !== undefined && cell.valueText ? (
        <CellMarker
          value={cell.value}
          range={cell.acceptable}
          colour={cell.colour}
          hollow={cell.kind === 'inferred'}
          label={cell.valueText}
          describedBy={cell.polesId}
        />
      ) : null}
      {cell.contested ? <span className={styles.contested}>{cell.contested}</span> : null}
      {cell.conditions.length ? (
        <details className={styles.meta}>
          <summary>{count(cell.conditions.length, 'condition')}</summary>
          <ul>
            {cell.conditions.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {cell.withdrawnIn ? (
        <span className={styles.meta} title={formatDate(cell.withdrawnIn.date)}>
          in <DataText>{cell.withdrawnIn.label}</DataText>
        </span>
      ) : cell.carriedFrom ? (
        <span
          className={coded ? styles.carried : styles.meta}
          title={formatDate(cell.carriedFrom.date)}
        >
          from <DataText>{cell.carriedFrom.label}</DataText>
        </span>
      ) : null}
      {coded ? <span className={styles.meta}>{count(cell.quotes, 'quote')}</span> : null}
      {cell.review ? (
        <span className={cell.review === 'approved' ? styles.meta : styles.unreviewed}>
          {REVIEW_STATE_WORDS[cell.review]}
        </span>
      ) : null}
      {cell.said.length ? (
        <ul className={`${styles.meta} ${styles.said}`}>
          {cell.said.map((text) => (
            <li key={text}>{text}</li>
          ))}
          {cell.moreSaid ? <li>{moreSaidText(cell.moreSaid)}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
