import type { Party } from '@/lib/model';
import type { OrientationView } from '@/lib/pages/orientation';
import { DataText } from './DataText';
import { KeptFields } from './KeptFields';

/**
 * Above every page of a dataset whose issues say whose aim their ends are: a GET form that
 * orients the view to a party (`?orient=`) or back to the coded reading, and, when oriented, what
 * that flipped. The form has no action, so it reloads the page being read.
 */
export function OrientationBar({
  parties,
  version,
  orient,
  view,
}: {
  /** The parties a view can be oriented to (owners of some scale end). */
  parties: Party[];
  version?: string;
  orient?: string;
  view?: OrientationView;
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
        <KeptFields state={{ version }} />
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
      </form>
    </div>
  );
}
