import { ONLY_GAPS_WORDS, SORT_WORDS } from '@/lib/matrix/controls';
import type { Dataset } from '@/lib/model';
import type { ViewState } from '@/lib/url/query';
import styles from './ViewControls.module.css';
import { KeptFields } from './KeptFields';

/** A GET form for the view state (parties, round, and optionally sort, text filter and only-gaps): works without JavaScript. */
export function ViewControls({
  action,
  dataset,
  state,
  listControls = false,
  partyControls = true,
}: {
  action: string;
  dataset: Dataset;
  state: ViewState;
  /** Also show sort, text filter and the only-gaps switch (lists of issues). */
  listControls?: boolean;
  /** Show the party checkboxes (off where the parties are fixed by the path). */
  partyControls?: boolean;
}) {
  const chosen = new Set(state.parties ?? dataset.parties.map((p) => p.id));
  const round = state.round ?? '';
  return (
    <form method="get" action={action} className={`${styles.form} no-print`}>
      <KeptFields state={state} />
      {partyControls ? (
        <fieldset className={styles.parties}>
          <legend>Parties</legend>
          {dataset.parties.map((party) => (
            <label key={party.id}>
              <input
                type="checkbox"
                name="parties"
                value={party.id}
                defaultChecked={chosen.has(party.id)}
              />{' '}
              {party.shortName}
            </label>
          ))}
        </fieldset>
      ) : null}
      <label className={styles.field}>
        Round{' '}
        <select name="round" defaultValue={round}>
          <option value="">Latest</option>
          {dataset.rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      {listControls ? (
        <>
          <label className={styles.field}>
            Sort by{' '}
            <select name="sort" defaultValue={state.sort}>
              {(Object.keys(SORT_WORDS) as ViewState['sort'][]).map((sort) => (
                <option key={sort} value={sort}>
                  {SORT_WORDS[sort]}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            Filter{' '}
            <input type="search" name="q" defaultValue={state.q} placeholder="issue or position" />
          </label>
          <label className={styles.field}>
            <input
              type="checkbox"
              name="only"
              value="gaps"
              defaultChecked={state.only === 'gaps'}
            />{' '}
            {ONLY_GAPS_WORDS}
          </label>
        </>
      ) : null}
      <button type="submit">Apply</button>
    </form>
  );
}
