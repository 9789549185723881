import { DataText } from '@/components/DataText';
import { KeptFields } from '@/components/KeptFields';
import { TableScroll } from '@/components/TableScroll';
import type { IssueScenarios } from '@/lib/pages/scenarios';
import type { ViewState } from '@/lib/url/query';
import styles from './ScenarioSection.module.css';

/**
 * An issue's "Scenarios": what it would take for the chosen parties to meet, the predicted
 * outcome (a model estimate, labelled so) and a GET form that builds a what-if link (no
 * JavaScript: the form's handler answers with the link).
 */
export function ScenarioSection({
  view,
  action,
  state,
}: {
  view: IssueScenarios;
  /** The what-if form's handler (issueWhatIfHref). */
  action: string;
  state: ViewState;
}) {
  return (
    <section className={styles.section} aria-labelledby="scenarios">
      <h2 id="scenarios">Scenarios</h2>
      <h3>What it would take to agree</h3>
      {view.concessions ? (
        <>
          <p>{view.concessions.headline}</p>
          {view.concessions.holdout ? (
            <p className={styles.holdout}>{view.concessions.holdout}</p>
          ) : null}
          <ul className={styles.moves} aria-label="Who moves, how far, to where">
            {view.concessions.moves.map((move) => (
              <li key={move}>
                <DataText>{move}</DataText>
              </li>
            ))}
          </ul>
          <p className="small">{view.concessions.rank}</p>
        </>
      ) : (
        <p>{view.noConcessions}</p>
      )}

      <h3>Predicted outcome (model estimate)</h3>
      {view.prediction ? (
        <div className={styles.estimate}>
          <p>{view.prediction.text}</p>
          <TableScroll>
            <table className={styles.table}>
              <caption className="small">What each position weighs</caption>
              <thead>
                <tr>
                  <th scope="col">Party</th>
                  <th scope="col">Value</th>
                  <th scope="col">Capability</th>
                  <th scope="col">Salience</th>
                  <th scope="col">Weight</th>
                </tr>
              </thead>
              <tbody>
                {view.prediction.rows.map((row) => (
                  <tr key={row.party}>
                    <th scope="row">
                      <DataText>{row.party}</DataText>
                    </th>
                    <td>{row.value}</td>
                    <td>{row.capability}</td>
                    <td>{row.salience}</td>
                    <td>{row.weight}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {view.prediction.leftOut ? <p>{view.prediction.leftOut}</p> : null}
          <p className={styles.caveat}>{view.prediction.caveat}</p>
        </div>
      ) : (
        <p>{view.noPrediction}</p>
      )}

      <h3>Try a what-if</h3>
      <form method="get" action={action} className={`${styles.form} no-print`}>
        <KeptFields state={state} />
        {state.parties ? (
          <input type="hidden" name="parties" value={state.parties.join(',')} />
        ) : null}
        {state.round ? <input type="hidden" name="round" value={state.round} /> : null}
        <label>
          Party
          <select name="party" defaultValue={view.form.parties[0]?.id}>
            {view.form.parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
                {p.value !== undefined ? ` (now ${p.value})` : ' (no value)'}
              </option>
            ))}
          </select>
        </label>
        <label>
          Change
          <select name="target" defaultValue="position">
            <option value="position">its position on this issue</option>
            <option value="capability">its capability</option>
          </select>
        </label>
        <label>
          New value (0–100)
          <input
            type="number"
            name="value"
            min={0}
            max={100}
            step="any"
            required
            defaultValue={view.form.suggested}
          />
        </label>
        <button type="submit">Open the what-if view</button>
        <p className={styles.hint}>
          Values are read on the scale as this page shows it. The link it opens can be shared; every
          page of it is marked as a scenario, and changes already in the link are kept.
        </p>
      </form>
    </section>
  );
}
