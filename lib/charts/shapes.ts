import type { MarkerShape } from '@/lib/style/palette';

const round2 = (n: number) => Math.round(n * 100) / 100;

function polygon(points: readonly (readonly [number, number])[]): string {
  return points
    .map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round2(x)} ${round2(y)}`)
    .join(' ')
    .concat(' Z');
}

/** Points of a regular polygon (or a star, with an inner radius) around (cx, cy), first point straight up. */
function regular(cx: number, cy: number, r: number, n: number, inner?: number, turn = 0) {
  const count = inner === undefined ? n : n * 2;
  return Array.from({ length: count }, (_, i) => {
    const radius = inner !== undefined && i % 2 === 1 ? inner : r;
    const angle = -Math.PI / 2 + turn + (i * 2 * Math.PI) / count;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)] as const;
  });
}

/**
 * The SVG path (`d`) of a party's marker centred on (cx, cy), sized so every shape looks about
 * as big as a circle of radius r. Used by every chart and legend, so a party's shape is the same everywhere.
 */
export function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${round2(cx - r)} ${round2(cy)} a${round2(r)} ${round2(r)} 0 1 0 ${round2(2 * r)} 0 a${round2(r)} ${round2(r)} 0 1 0 ${round2(-2 * r)} 0 Z`;
    case 'square': {
      const s = r * 0.9;
      return polygon([
        [cx - s, cy - s],
        [cx + s, cy - s],
        [cx + s, cy + s],
        [cx - s, cy + s],
      ]);
    }
    case 'diamond':
      return polygon(regular(cx, cy, r * 1.25, 4));
    case 'triangle':
      return polygon(regular(cx, cy + r * 0.2, r * 1.3, 3));
    case 'triangle-down':
      return polygon(regular(cx, cy - r * 0.2, r * 1.3, 3, undefined, Math.PI));
    case 'hexagon':
      return polygon(regular(cx, cy, r * 1.08, 6));
    case 'star':
      return polygon(regular(cx, cy, r * 1.35, 5, r * 0.6));
    case 'cross': {
      const a = r * 1.1;
      const t = r * 0.42;
      return polygon([
        [cx - t, cy - a],
        [cx + t, cy - a],
        [cx + t, cy - t],
        [cx + a, cy - t],
        [cx + a, cy + t],
        [cx + t, cy + t],
        [cx + t, cy + a],
        [cx - t, cy + a],
        [cx - t, cy + t],
        [cx - a, cy + t],
        [cx - a, cy - t],
        [cx - t, cy - t],
      ]);
    }
  }
}
