import { CELL_KIND_WORDS, type CellKind } from '@/lib/matrix/cell';
import styles from './PositionStatus.module.css';

const KIND_CLASS: Record<CellKind, string | undefined> = {
  stated: styles.stated,
  inferred: styles.inferred,
  none: styles.none,
  'not-coded': styles.notCoded,
};

/** A position's status in words, told apart by border (solid, dashed, none) as well as by tone. */
export function PositionStatus({ kind }: { kind: CellKind }) {
  return (
    <span className={`${styles.status} ${KIND_CLASS[kind] ?? ''}`}>{CELL_KIND_WORDS[kind]}</span>
  );
}
