import type { Party } from '@/lib/model';
import type { OrientationView } from '@/lib/pages/orientation';
import { DataText } from './DataText';

/**
 * Above every page of a dataset whose issues say whose aim their ends are: a GET form that
 * orients the view to a party (`?orient=`) or back to the coded reading, and, when oriented, what
 * that flipped. The form has no action, so it reloads the page being read, with the page's other
 * parameters (`keep`: round, parties, sort, version, …) as hidden fields. A what-if view's
 * changes are read on the scale as shown, so the form says it leaves them behind.
 */
export function OrientationBar({
  parties,
  keep,
  orient,
  view,
  leavesWhatIf = false,
}: {
  /** The parties a view can be oriented to (owners of some scale end). */
  parties: Party[];
  /** The page's query parameters but `orient` and `whatif`, resubmitted as they are. */
  keep: [string, string][];
  orient?: string;
  view?: OrientationView;
  /** True in a what-if view: orienting leaves it. */
  leavesWhatIf?: boolean;
}) {
  return (
    <div className="orientation">
      {view ? (
        <aside className="orientation-notice" role="note" aria-label="Orientation">
          <p className="orientation-heading">{view.heading}</p>
          <p>
            <DataText>{view.detail}</DataText>
          </p>
        </aside>
      ) : null}
      <form method="get" className="orientation-form no-print">
        {keep.map(([name, value], i) => (
          <input key={`${name}-${i}`} type="hidden" name={name} value={value} />
        ))}
        <label>
          Orient the scales to{' '}
          <select name="orient" defaultValue={orient ?? ''}>
            <option value="">none (as coded)</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.shortName}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="submit">Orient</button>
        {leavesWhatIf ? (
          <span className="small muted">
            {' '}
            (leaves the what-if view: its values are read on the scale as shown)
          </span>
        ) : null}
      </form>
    </div>
  );
}
