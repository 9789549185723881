import type { GapMeasure } from '@/lib/analysis';
import { points } from '@/lib/wording/numbers';
import { rangeGapText } from '@/lib/wording/gap';

/** A table cell's gap: the distance between the positions, with the range gap beneath it where a side gave a range. */
export function GapFigure({ gap }: { gap: GapMeasure }) {
  return (
    <>
      {points(gap.distance)}
      {gap.ranged ? <div className="small muted">{rangeGapText(gap.rangeGap)}</div> : null}
    </>
  );
}
