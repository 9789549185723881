import { performance } from 'node:perf_hooks';
import { applyWhatIf, closestToAgreement, predictOutcome, takeSnapshot } from '@/lib/analysis';
import type { Dataset } from '@/lib/model';
import { syntheticDataset } from '@/lib/synthetic';
import { parseWhatIf } from '@/lib/url/whatif';
import { median, ms, printTable } from './table';

/** The size the scenario target is set for. */
export const SCENARIO_SIZE = { parties: 60, issues: 300 } as const;

/** The synthetic dataset of that size, every party given an invented capability (synthetic data has none). */
function withCapabilities(dataset: Dataset): Dataset {
  return {
    ...dataset,
    parties: dataset.parties.map((p, i) => ({ ...p, capability: 20 + ((i * 37) % 80) })),
  };
}

/**
 * One scenario analysis as a what-if page pays for it: read a three-change link, apply it, take
 * the snapshot, the concessions needed on every issue (the "closest to agreement" ranking) and
 * the predicted outcome on every issue.
 */
function scenarioAnalysis(dataset: Dataset, link: string): number {
  const { changes, notes } = parseWhatIf(link, dataset);
  const { dataset: changed } = applyWhatIf(dataset, changes, link, notes);
  const snapshot = takeSnapshot(changed);
  const ranking = closestToAgreement(snapshot);
  let predicted = 0;
  for (const issue of snapshot.issues)
    if (predictOutcome(snapshot, changed.parties, issue)) predicted += 1;
  return ranking.length + predicted;
}

/** Times the scenario analysis on 60×300×3 (median of 15 runs after 3 warm-ups); prints a table, returns the median in ms. */
export function timeScenarios(): number {
  const { dataset: generated } = syntheticDataset({ ...SCENARIO_SIZE, rounds: 3, seed: 1 });
  const dataset = withCapabilities(generated);
  const [p0, p1] = dataset.parties;
  const [i0, i1] = dataset.issues;
  // Each run a new link value, so nothing is memoised between runs (the grid is rebuilt too).
  const link = (run: number) =>
    `${p0?.id}.${i0?.id}=${run % 100},${p1?.id}.${i1?.id}=${(run * 7) % 100},${p1?.id}.capability=${run % 90}`;
  for (let i = 0; i < 3; i += 1) scenarioAnalysis(dataset, link(i));
  const runs: number[] = [];
  for (let i = 0; i < 15; i += 1) {
    const start = performance.now();
    scenarioAnalysis(dataset, link(100 + i));
    runs.push(performance.now() - start);
  }
  const result = median(runs);
  printTable(
    'Scenario analysis: a 3-change what-if applied, snapshot, concessions needed on every issue, predicted outcome on every issue; median of 15 runs',
    ['dataset', 'size', 'positions', 'scenario ms', 'slowest ms'],
    [
      [
        'synthetic-60x300 (+ capabilities)',
        `${dataset.parties.length}×${dataset.issues.length}×${dataset.rounds.length}`,
        dataset.positions.length,
        ms(result),
        ms(Math.max(...runs)),
      ],
    ],
  );
  return result;
}
