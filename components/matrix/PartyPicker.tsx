import { PartyName } from '@/components/PartyName';
import type { PickerEntry } from '@/lib/matrix/picker';
import type { PartyStyle } from '@/lib/style/palette';
import { DEFAULT_VIEW, type ViewState } from '@/lib/url/query';
import { isolate } from '@/lib/wording/text';
import styles from './PartyPicker.module.css';
import { KeptFields } from '@/components/KeptFields';

/**
 * Which parties the matrix shows, and in what order: a GET form of checkboxes (listed in column
 * order, so submitting keeps it) with links that move a party one column earlier or later.
 * The list scrolls inside a fixed height, so forty parties stay workable.
 */
export function PartyPicker({
  action,
  state,
  entries,
  styles: partyStyles,
  allHref,
  summary,
}: {
  action: string;
  state: ViewState;
  entries: PickerEntry[];
  styles: Map<string, PartyStyle>;
  allHref: string;
  summary: string;
}) {
  return (
    <details className={styles.picker}>
      <summary>{summary}</summary>
      <form className={styles.form} method="get" action={action}>
        <KeptFields state={state} />
        <ul className={styles.list}>
          {entries.map(({ party, chosen, earlierHref, laterHref }) => (
            <li key={party.id} className={styles.entry}>
              <label>
                <input type="checkbox" name="parties" value={party.id} defaultChecked={chosen} />
                <PartyName name={party.name} style={partyStyles.get(party.id)} />
              </label>
              {chosen ? (
                <span className={styles.moves}>
                  {earlierHref ? (
                    <a href={earlierHref} title={`Move ${isolate(party.name)} one column earlier`}>
                      ←<span className="sr-only">Move {party.name} one column earlier</span>
                    </a>
                  ) : null}
                  {laterHref ? (
                    <a href={laterHref} title={`Move ${isolate(party.name)} one column later`}>
                      →<span className="sr-only">Move {party.name} one column later</span>
                    </a>
                  ) : null}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
        {state.q ? <input type="hidden" name="q" value={state.q} /> : null}
        {state.only ? <input type="hidden" name="only" value={state.only} /> : null}
        {state.round ? <input type="hidden" name="round" value={state.round} /> : null}
        {state.sort !== DEFAULT_VIEW.sort ? (
          <input type="hidden" name="sort" value={state.sort} />
        ) : null}
        {state.issues ? <input type="hidden" name="issues" value={state.issues.join(',')} /> : null}
        {state.rows !== DEFAULT_VIEW.rows ? (
          <input type="hidden" name="rows" value={state.rows} />
        ) : null}
        <div className={styles.actions}>
          <button className={styles.button} type="submit">
            Show the ticked parties
          </button>
          <a href={allHref}>Show all parties</a>
          <span className="small muted">Ticking none also shows all.</span>
        </div>
      </form>
    </details>
  );
}
