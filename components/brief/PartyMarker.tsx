import type { MarkerShape } from '@/lib/view/palette';

const PATHS: Record<MarkerShape, string> = {
  circle: 'M10 3a7 7 0 1 1 0 14a7 7 0 1 1 0-14z',
  square: 'M4 4h12v12H4z',
  diamond: 'M10 2l8 8l-8 8l-8-8z',
  triangle: 'M10 3l8 14H2z',
  'triangle-down': 'M2 3h16l-8 14z',
  cross: 'M7 2h6v5h5v6h-5v5H7v-5H2V7h5z',
  star: 'M10 2l2.4 5.2l5.6.6l-4.2 3.8l1.2 5.6L10 14.4l-5 2.8l1.2-5.6L2 7.8l5.6-.6z',
  hexagon: 'M6 3h8l4 7l-4 7H6l-4-7z',
};

/** A party's marker: its one shape in its one colour, outlined so it reads on any background. */
export function PartyMarker({
  shape,
  colour,
  className,
}: {
  shape: MarkerShape;
  colour: string;
  className?: string;
}) {
  return (
    <svg className={className} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path d={PATHS[shape]} fill={colour} stroke="var(--marker-outline, #fff)" strokeWidth="1.5" />
    </svg>
  );
}
