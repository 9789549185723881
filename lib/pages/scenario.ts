import { SCENARIO_MARK, type AppliedChange, type Scenario } from '@/lib/analysis/scenario';
import { appendCsvColumn } from '@/lib/csv/write';
import { formatScaleNumber } from '@/lib/wording/scenario';

/** The notice above every page of a what-if view, and the mark its slides and exports carry. */
export interface ScenarioView {
  /** Always SCENARIO_MARK: the exact words every marked output carries. */
  heading: string;
  /** One line per change: "Russia on Security guarantees: 65 → 40 (latest round, Round 3)". */
  changes: string[];
  /** The parts of the link left out, each naming the bad part. */
  ignored: string[];
  /** How the values are read, in one sentence. */
  rule: string;
  /** The short mark every slide and CSV row carries: "Scenario: not coded data (Russia on …: 65 → 40)". */
  stamp: string;
}

/** One change in words: "Russia on Security guarantees: 65 → 40 (set in Round 3)". */
export function changeText(change: AppliedChange): string {
  const from = change.from === undefined ? 'no value' : formatScaleNumber(change.from);
  const to = formatScaleNumber(change.to);
  if (change.change.kind === 'capability')
    return `${change.partyName}'s capability: ${from} → ${to}`;
  return `${change.partyName} on ${change.issueTitle}: ${from} → ${to} (set in ${change.roundLabel})`;
}

/** What a what-if view says about itself; undefined when it changed nothing (coded data). */
export function scenarioView(scenario: Scenario | undefined): ScenarioView | undefined {
  if (!scenario || scenario.changes.length === 0) return undefined;
  const changes = scenario.changes.map(changeText);
  return {
    heading: SCENARIO_MARK,
    changes,
    ignored: scenario.ignored,
    rule:
      'Every number on this page is worked out from the coded data with these changes: a value is set in ' +
      'the latest round on the scale as shown (after any orientation), its acceptable range moved with ' +
      'it; the cell has no quote. Nothing is saved.',
    stamp: `${SCENARIO_MARK} (${changes.join('; ')})`,
  };
}

/** A CSV's file name for a what-if view: "-scenario" before ".csv". */
export function scenarioFilename(name: string): string {
  return name.replace(/(\.csv)?$/i, '-scenario.csv');
}

/**
 * A CSV export of a what-if view: every row gains a last column `scenario` holding the mark and
 * the changes, and the file name says "scenario". Coded data (no scenario) passes through.
 */
export function scenarioCsv(
  scenario: Scenario | undefined,
  body: string,
  filename: string,
): { body: string; filename: string } {
  const view = scenarioView(scenario);
  if (!view) return { body, filename };
  return {
    body: appendCsvColumn(body, 'scenario', () => view.stamp),
    filename: scenarioFilename(filename),
  };
}
