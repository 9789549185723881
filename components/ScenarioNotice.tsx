import type { ScenarioView } from '@/lib/pages/scenario';
import { DataText } from './DataText';
import { KeptFields } from './KeptFields';
import styles from './ScenarioNotice.module.css';

/**
 * Above every page of a what-if view (`?whatif=`): the words "Scenario: not coded data", each
 * change, how the values are read, the parts of the link left out, and a GET form back to the
 * coded data (it keeps the version and orientation and drops the what-if). Without changes it
 * only lists the parts left out.
 */
export function ScenarioNotice({
  view,
  ignored,
  version,
  orient,
}: {
  view?: ScenarioView;
  ignored: readonly string[];
  version?: string;
  orient?: string;
}) {
  if (!view && ignored.length === 0) return null;
  return (
    <aside className={`${styles.notice} scenario-notice`} role="note" aria-label="Scenario">
      {view ? (
        <>
          <p className={styles.heading}>{view.heading}</p>
          <ul className={styles.changes}>
            {view.changes.map((change) => (
              <li key={change}>
                <DataText>{change}</DataText>
              </li>
            ))}
          </ul>
          <p>{view.rule}</p>
        </>
      ) : null}
      {ignored.length ? (
        <ul className={styles.ignored} aria-label="Parts of the what-if link left out">
          {ignored.map((note) => (
            <li key={note}>
              <DataText>{note}</DataText>
            </li>
          ))}
        </ul>
      ) : null}
      <form method="get" className={`${styles.clear} no-print`}>
        <KeptFields state={{ version, orient }} />
        <button type="submit">Back to the coded data</button>
      </form>
    </aside>
  );
}
