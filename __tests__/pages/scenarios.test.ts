import { takeSnapshot } from '@/lib/analysis';
import { issueScenarios } from '@/lib/pages/scenarios';
import { coded, dataset, withParties } from '../analysis/fixtures';

const d = withParties(
  dataset({
    parties: ['a', 'b', 'c'],
    issues: ['x', 'y'],
    positions: [
      coded('a', 'x', 'r1', 20),
      coded('b', 'x', 'r1', 80, { salience: 5 }),
      coded('c', 'x', 'r1', 50),
      coded('a', 'y', 'r1', 10),
    ],
  }),
  { a: { name: 'Northland', capability: 50 }, b: { name: 'Southland', capability: 20 } },
);

describe('issueScenarios', () => {
  it('gives the moves, the rank and a prediction from the parties with a capability', () => {
    const view = issueScenarios(d, takeSnapshot(d), 'x');
    expect(view.concessions).toEqual({
      headline:
        'For every range to meet takes at least 60 points of movement in all, meeting at 50 of 100.',
      moves: [
        'Northland: 30 points up, from 20 to 50',
        'Southland: 30 points down, from 80 to 50',
        'c: no move (its range takes in the meeting point)',
      ],
      rank: '1st closest to agreement of 1 issue with two or more known positions.',
    });
    // Weights 50·3 = 150 and 20·5 = 100: the median is 20; the mean (3000 + 8000) / 250 = 44.
    expect(view.prediction?.text).toMatch(/^Weighted median 20 of 100 · compromise mean 44 of 100/);
    expect(view.prediction?.rows.map((r) => [r.party, r.salience, r.weight])).toEqual([
      ['Northland', '3 (not coded: 3 assumed)', '150'],
      ['Southland', '5', '100'],
    ]);
    expect(view.prediction?.leftOut).toBe('Left out (no capability): c.');
    expect(view.form.suggested).toBe(50);
  });

  it('explains a missing estimate and starts the form from the link value', () => {
    const view = issueScenarios(d, takeSnapshot(d), 'y', 'a.y=35');
    expect(view.concessions).toBeUndefined();
    expect(view.noConcessions).toMatch(/Fewer than two/);
    expect(view.noPrediction).toMatch(/here only one has\.$/);
    expect(view.form.suggested).toBe(35);
  });
});
