import { DataText } from '@/components/DataText';
import { ScaleMarker } from '@/components/ScaleMarker';
import type { Zone } from '@/lib/analysis';
import type { Scale } from '@/lib/model';
import { count, points } from '@/lib/wording/numbers';
import { intervalText } from '@/lib/wording/position';

/** The zone of possible agreement among the chosen parties, or the distance still missing. */
export function ZoneSummary({
  zone,
  scale,
  names,
}: {
  zone: Zone | undefined;
  scale: Scale;
  names: ReadonlyMap<string, string>;
}) {
  if (!zone)
    return (
      <p className="muted">
        No zone can be computed: fewer than two of the chosen parties have a position on this issue.
      </p>
    );
  const who = `${count(zone.parties.length, 'party', 'parties')} with a position`;
  if (zone.kind === 'zone')
    return (
      <>
        <p>
          The {who} could all live with <strong>{intervalText(zone.interval)}</strong>: that is
          where their acceptable ranges (or values) meet.
        </p>
        <ScaleMarker
          scale={scale}
          range={zone.interval}
          label={`Zone of agreement ${intervalText(zone.interval)}`}
          showPoles
        />
      </>
    );
  const [low, high] = zone.between;
  return (
    <p>
      No zone of agreement among the {who}: <strong>{points(zone.distance)} points</strong> are
      still missing between <DataText>{names.get(low) ?? low}</DataText> (whose range ends lowest)
      and <DataText>{names.get(high) ?? high}</DataText> (whose range starts highest).
    </p>
  );
}
