import type { Dataset, Evidence } from '@/lib/model';
import { DATASET_COLUMNS } from './datasetRow';
import { DELEGATION_COLUMNS, EVENT_COLUMNS, OUTCOME_COLUMNS } from './records';
import { toCsv } from './write';

type Cell = string | number | undefined;

const quoteCells = (e: Evidence | undefined): Cell[] => [
  e?.source,
  e?.quote,
  e?.attribution,
  e?.locator,
];

/** One row per quote (at least one row), each starting with the item's own cells. */
function perQuote(cells: Cell[], evidence: readonly Evidence[] | undefined): Cell[][] {
  return evidence?.length
    ? evidence.map((e) => [...cells, ...quoteCells(e)])
    : [[...cells, ...quoteCells(undefined)]];
}

/** The dataset's own fields as dataset.csv: title, summary and as-of date on one row. */
export function datasetToCsv(dataset: Pick<Dataset, 'title' | 'summary' | 'asOf'>): string {
  return toCsv(DATASET_COLUMNS, [[dataset.title, dataset.summary, dataset.asOf]]);
}

/** The timeline as events.csv: a row per quote, repeating date, title and parties (by ";"). */
export function eventsToCsv(dataset: Pick<Dataset, 'events'>): string {
  return toCsv(
    EVENT_COLUMNS,
    dataset.events.flatMap((e) => perQuote([e.date, e.title, e.parties.join('; ')], e.evidence)),
  );
}

/** The outcomes as outcomes.csv: a row per quote, repeating round, issue, parties and summary. */
export function outcomesToCsv(dataset: Pick<Dataset, 'outcomes'>): string {
  return toCsv(
    OUTCOME_COLUMNS,
    (dataset.outcomes ?? []).flatMap((o) =>
      perQuote([o.round, o.issue, o.parties.join('; '), o.summary, o.value], o.evidence),
    ),
  );
}

/**
 * The delegations as delegations.csv: row k holds member k and quote k (as many rows as the
 * longer of the two lists), each repeating the party and round.
 */
export function delegationsToCsv(dataset: Pick<Dataset, 'delegations'>): string {
  return toCsv(
    DELEGATION_COLUMNS,
    (dataset.delegations ?? []).flatMap((d) => {
      const evidence = d.evidence ?? [];
      const count = Math.max(d.members.length, evidence.length, 1);
      return Array.from({ length: count }, (_, k) => [
        d.party,
        d.round,
        d.members[k]?.name,
        d.members[k]?.role,
        ...quoteCells(evidence[k]),
      ]);
    }),
  );
}
