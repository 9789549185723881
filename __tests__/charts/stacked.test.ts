import { takeSnapshot } from '@/lib/analysis';
import { forDrawing, mostDivided, stackedPoints, stackedStripSeries } from '@/lib/charts/stacked';
import { isolate as iso } from '@/lib/wording/text';
import { coded, dataset, silent } from '../analysis/fixtures';

const d = dataset({
  parties: ['a', 'b'],
  issues: ['one', 'none', 'small', 'big'],
  positions: [
    coded('a', 'one', 'r1', 40),
    silent('b', 'one', 'r1'),
    coded('a', 'small', 'r1', 40),
    coded('b', 'small', 'r1', 50),
    coded('a', 'big', 'r1', 0),
    coded('b', 'big', 'r1', 90),
  ],
});

describe('stackedStripSeries', () => {
  it('sorts by how far apart the widest pair is, then one-sided issues, then issues with none', () => {
    const s = stackedStripSeries(d, takeSnapshot(d));
    expect(s.rows.map((r) => r.issue)).toEqual(['big', 'small', 'one', 'none']);
  });

  it('states the pair furthest apart and how many issues are one-sided', () => {
    expect(stackedStripSeries(d, takeSnapshot(d)).caption).toBe(
      `Furthest apart: ${iso('big')}, ${iso('a')} vs ${iso('b')}, positions 90 apart; only one side's position is known on 1 of 4 issues, and none on 1.`,
    );
  });

  it('says so when no issue has two known positions', () => {
    const lonely = dataset({ positions: [coded('a', 'x', 'r1', 10)] });
    expect(stackedStripSeries(lonely, takeSnapshot(lonely)).caption).toBe(
      "No issue has two known positions, so no gap can be measured; only one side's position is known on 1 of 1 issues.",
    );
  });

  it('says how many issues have no position at all when none is one-sided', () => {
    const empty = dataset({ parties: ['a'], issues: ['x', 'y'], positions: [] });
    expect(stackedStripSeries(empty, takeSnapshot(empty)).caption).toBe(
      'No issue has two known positions, so no gap can be measured; no position is known on 2 of 2.',
    );
  });
});

describe('stackedPoints', () => {
  it('places markers on their issue row, spread around its centre', () => {
    const s = stackedStripSeries(d, takeSnapshot(d));
    const points = stackedPoints(s.rows);
    expect(points.filter((p) => p.issue === 'big').map((p) => [p.party, p.issueRow, p.y])).toEqual([
      ['a', 0, -0.06],
      ['b', 0, 0.06],
    ]);
    expect(points.find((p) => p.issue === 'one')?.y).toBe(2);
    expect(points.some((p) => p.issue === 'none')).toBe(false);
  });

  it('keeps many markers within their row', () => {
    const many = dataset({
      parties: Array.from({ length: 21 }, (_, i) => `p${i}`),
      positions: Array.from({ length: 21 }, (_, i) => coded(`p${i}`, 'x', 'r1', 50)),
    });
    const ys = stackedPoints(stackedStripSeries(many, takeSnapshot(many)).rows).map((p) => p.y);
    expect(Math.min(...ys)).toBeCloseTo(-0.3);
    expect(Math.max(...ys)).toBeCloseTo(0.3);
  });
});

describe('cutting the stacked series to the most divided issues', () => {
  it('keeps the first issues in order and still speaks of all of them', () => {
    const full = stackedStripSeries(d, takeSnapshot(d));
    const cut = stackedStripSeries(d, takeSnapshot(d), 2);
    expect(cut.rows.map((r) => r.issue)).toEqual(['big', 'small']);
    expect(cut.total).toBe(4);
    expect(cut.caption).toBe(full.caption);
    expect(cut.description).toMatch(/^The 2 most divided of 4 issues, each a row/);
    expect(cut.description).not.toContain('one:');
    expect(new Set(cut.points.map((p) => p.issue))).toEqual(new Set(['big', 'small']));
  });

  it('leaves a series that fits unchanged', () => {
    const full = stackedStripSeries(d, takeSnapshot(d));
    expect(mostDivided(full, 4)).toBe(full);
    expect(full.total).toBe(4);
    expect(full.description).toMatch(/^4 issues, each a row/);
  });
});

describe('forDrawing', () => {
  it('keeps what the chart draws (titles, gaps, points) and drops the rows’ own markers and words', () => {
    const full = stackedStripSeries(d, takeSnapshot(d));
    const drawn = forDrawing(full);
    expect(drawn.points).toEqual(full.points);
    expect(drawn.rows.map((r) => [r.issue, r.title, r.gap, r.note])).toEqual(
      full.rows.map((r) => [r.issue, r.title, r.gap, r.note]),
    );
    expect(drawn.rows.every((r) => r.markers.length === 0 && r.description === '')).toBe(true);
    expect(drawn.description).toBe('');
  });
});
