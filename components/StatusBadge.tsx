import type { CellStatus } from '@/lib/analysis';
import { positionStatusText } from '@/lib/wording/status';
import styles from './StatusBadge.module.css';

/** A position's status, each visibly different: stated (solid), inferred (dashed), none (muted). */
export function StatusBadge({ status }: { status: CellStatus }) {
  return <span className={`badge ${styles[status]}`}>{positionStatusText(status)}</span>;
}
