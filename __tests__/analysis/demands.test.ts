import { openDemands, takeSnapshot } from '@/lib/analysis';
import { coded, dataset, silent } from './fixtures';

describe('openDemands', () => {
  const stated = coded('a', 'x', 'r1', 80);

  it('finds an issue where one party stated a position and the others are silent or uncoded', () => {
    const data = dataset({ parties: ['a', 'b', 'c'], positions: [stated, silent('b', 'x', 'r1')] });
    expect(openDemands(takeSnapshot(data))).toEqual([{ issue: 'x', party: 'a', position: stated }]);
  });

  it('counts an inferred position of another party as an answer', () => {
    const data = dataset({
      positions: [stated, coded('b', 'x', 'r1', 20, { status: 'inferred' })],
    });
    expect(openDemands(takeSnapshot(data))).toEqual([]);
  });

  it('needs the lone position to be stated, not inferred', () => {
    const data = dataset({ positions: [coded('a', 'x', 'r1', 80, { status: 'inferred' })] });
    expect(openDemands(takeSnapshot(data))).toEqual([]);
  });

  it('is empty when nobody has a position', () => {
    expect(openDemands(takeSnapshot(dataset({ positions: [silent('a', 'x', 'r1')] })))).toEqual([]);
  });

  it('is empty with one party in the snapshot', () => {
    expect(openDemands(takeSnapshot(dataset({ positions: [stated] }), { parties: ['a'] }))).toEqual(
      [],
    );
  });

  it('lists issues in issue order, using carried positions', () => {
    const later = coded('b', 'y', 'r2', 10);
    const data = dataset({
      issues: ['y', 'x'],
      rounds: [
        ['r1', '2025-01-01'],
        ['r2', '2025-02-01'],
      ],
      positions: [stated, later],
    });
    expect(openDemands(takeSnapshot(data)).map((d) => [d.issue, d.party])).toEqual([
      ['y', 'b'],
      ['x', 'a'],
    ]);
  });
});
