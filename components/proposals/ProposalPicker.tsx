import { KeptFields } from '@/components/KeptFields';
import type { Party } from '@/lib/model';
import { proposalsHref } from '@/lib/url/routes';
import styles from './Redline.module.css';

/** A GET form choosing two proposals, the old text and the new; the proposals page redirects to their redline. */
export function ProposalPicker({
  datasetId,
  proposals,
  a,
  b,
  version,
}: {
  datasetId: string;
  /** The proposals with clauses, in dataset order. */
  proposals: readonly Party[];
  a?: string;
  b?: string;
  version?: string;
}) {
  const [first, second] = proposals;
  return (
    <form method="get" action={proposalsHref(datasetId)} className={styles.picker}>
      {(['a', 'b'] as const).map((name) => (
        <label key={name}>
          {name === 'a' ? 'Old text' : 'New text'}{' '}
          <select
            name={name}
            defaultValue={(name === 'a' ? (a ?? first?.id) : (b ?? second?.id)) ?? ''}
          >
            {proposals.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      <KeptFields state={{ version }} />
      <button type="submit">Show the redline</button>
    </form>
  );
}
