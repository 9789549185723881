import Link from 'next/link';
import { StatusBadge } from '@/components/StatusBadge';
import { type ResolvedCell, cellStatus } from '@/lib/analysis';
import { hasValue } from '@/lib/model';
import { evidenceHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { valueText } from '@/lib/wording/position';

/** A compact position for a side-by-side table: label, value, status, an older round, and a link to the evidence. */
export function PairCell({ datasetId, cell }: { datasetId: string; cell: ResolvedCell }) {
  const position = cell.position;
  const status = cellStatus(cell);
  if (!cell.atTable) return <span className="muted">not at the table</span>;
  if (position?.status === 'withdrawn')
    return (
      <>
        <div>{position.label}</div>
        <div className="small">
          <StatusBadge status={status} />
          {cell.fromRound
            ? ` in ${cell.fromRound.label}, ${formatDate(cell.fromRound.date)}`
            : ''}{' '}
          · <Link href={evidenceHref(datasetId, cell.issue, cell.party)}>evidence</Link>
        </div>
      </>
    );
  if (!hasValue(position))
    return (
      <>
        <span className="muted">no stated position</span>{' '}
        {position ? (
          <Link className="small" href={evidenceHref(datasetId, cell.issue, cell.party)}>
            coding note
          </Link>
        ) : null}
      </>
    );
  return (
    <>
      <div>{position.label}</div>
      <div className="small">
        {valueText(position.value, position.acceptable)} · <StatusBadge status={status} /> ·{' '}
        {position.confidence} confidence
        {cell.carried && cell.fromRound ? ` · from ${formatDate(cell.fromRound.date)}` : ''} ·{' '}
        <Link href={evidenceHref(datasetId, cell.issue, cell.party)}>evidence</Link>
      </div>
    </>
  );
}
