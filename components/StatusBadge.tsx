import { type CellStatus, STATUS_WORDS } from '@/lib/view/position';
import styles from './StatusBadge.module.css';

/** A position's status, each visibly different: stated (solid), inferred (dashed), none (muted). */
export function StatusBadge({ status }: { status: CellStatus }) {
  return <span className={`badge ${styles[status]}`}>{STATUS_WORDS[status]}</span>;
}
