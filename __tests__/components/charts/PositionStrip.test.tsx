/** @jest-environment jsdom */
import { render, waitFor } from '@testing-library/react';
import { takeSnapshot } from '@/lib/analysis';
import { positionStripSeries } from '@/lib/charts/strip';
import { PositionStrip } from '@/components/charts/PositionStrip';
import { type FixtureSpec, coded, dataset, silent } from '../../analysis/fixtures';

beforeAll(() => {
  // jsdom has no layout: Recharts asks for ResizeObserver and element sizes.
  global.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function drawn(positions: FixtureSpec['positions']) {
  const d = dataset({ parties: ['a', 'b', 'c'], positions });
  const series = positionStripSeries(d, takeSnapshot(d), 'x');
  const { container } = render(<PositionStrip series={series} width={600} height={200} />);
  return container;
}

describe('PositionStrip', () => {
  it('draws one marker per party with a position and none for "no stated position"', async () => {
    const container = drawn([
      coded('a', 'x', 'r1', 20, { acceptable: { min: 10, max: 30 } }),
      coded('b', 'x', 'r1', 80),
      silent('c', 'x', 'r1'),
    ]);
    const markers = [...container.querySelectorAll('path[data-party]')].map((m) =>
      m.getAttribute('data-party'),
    );
    expect(markers.sort()).toEqual(['a', 'b']);
    // range bars sit in a Recharts z-index layer, which mounts after the first render
    await waitFor(() => expect(container.querySelectorAll('[data-range]')).toHaveLength(1));
    expect(container.textContent).toContain('ranges 50 apart');
  });

  it('draws the one known marker, no gap, and says only one side is known', () => {
    const container = drawn([coded('a', 'x', 'r1', 20), silent('b', 'x', 'r1')]);
    expect(container.querySelectorAll('path[data-party]')).toHaveLength(1);
    expect(container.textContent).toContain('only one side known');
    expect(container.textContent).not.toMatch(/gap \d/);
  });
});
