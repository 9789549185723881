'use client';

import { useXAxisScale, useYAxisScale } from 'recharts';
import type { StripNote } from '@/lib/charts/strip';

/** A word on the chart where no gap can be drawn ("only one side known"), at a value and a vertical place. */
export function NoteLabel({ note, y, dy = 0 }: { note: StripNote; y: number; dy?: number }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  if (!xScale || !yScale) return null;
  return (
    <text
      className="note-label"
      x={xScale(note.at) ?? 0}
      y={(yScale(y) ?? 0) + dy}
      textAnchor={note.anchor}
      dominantBaseline="middle"
    >
      {note.text}
    </text>
  );
}
