import type { PartyView } from '@/lib/style/palette';
import { PartyMarker } from './PartyMarker';
import styles from './ChartFigure.module.css';

/** The key to a chart: each party's marker and name, plus what a hollow marker means. */
export function PartyLegend({
  parties,
  inferred = false,
}: {
  parties: readonly PartyView[];
  inferred?: boolean;
}) {
  return (
    <ul className={styles.legend} aria-label="Key">
      {parties.map((p) => (
        <li key={p.id}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <PartyMarker party={p.id} shape={p.shape} colour={p.colour} cx={8} cy={8} r={6} />
          </svg>
          {p.name}
        </li>
      ))}
      {inferred ? <li className="muted">hollow marker: inferred, not stated</li> : null}
    </ul>
  );
}
