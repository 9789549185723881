import type { Dataset } from '@/lib/model';
import { compareHref } from '@/lib/url/routes';
import styles from './PairPicker.module.css';
import { KeptFields } from '@/components/KeptFields';

/** A GET form choosing two parties (and keeping the round); the compare page redirects to the pair. */
export function PairPicker({
  dataset,
  a,
  b,
  round,
  version,
}: {
  dataset: Dataset;
  a?: string;
  b?: string;
  round?: string;
  /** The version being read, kept by the form. */
  version?: string;
}) {
  const [first, second] = dataset.parties;
  return (
    <form method="get" action={compareHref(dataset.id)} className={styles.form}>
      {(['a', 'b'] as const).map((name) => (
        <label key={name}>
          {name === 'a' ? 'First party' : 'Second party'}{' '}
          <select
            name={name}
            defaultValue={(name === 'a' ? (a ?? first?.id) : (b ?? second?.id)) ?? ''}
          >
            {dataset.parties.map((party) => (
              <option key={party.id} value={party.id}>
                {party.name}
              </option>
            ))}
          </select>
        </label>
      ))}
      {round ? <input type="hidden" name="round" value={round} /> : null}
      <KeptFields state={{ version }} />
      <button type="submit">Compare</button>
    </form>
  );
}
