import type { CellStatus } from '@/lib/analysis';
import { statusLabel } from '@/lib/wording/status';
import styles from './PositionStatus.module.css';

const KIND_CLASS: Record<CellStatus, string | undefined> = {
  stated: styles.stated,
  inferred: styles.inferred,
  withdrawn: styles.withdrawn,
  none: styles.none,
  'not-coded': styles.notCoded,
  'not-at-table': styles.notCoded,
};

/** A position's status in words, told apart by border (solid, dashed, none) as well as by tone. */
export function PositionStatus({ kind }: { kind: CellStatus }) {
  return <span className={`${styles.status} ${KIND_CLASS[kind] ?? ''}`}>{statusLabel(kind)}</span>;
}
