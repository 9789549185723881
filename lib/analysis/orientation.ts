import type { Dataset, Issue, Party, Range } from '@/lib/model';

/** The words that mark an issue read flipped, wherever its title is shown. */
export const FLIPPED_MARK = 'flipped';

/**
 * A view oriented to one party (`?orient=<party>`): every issue whose 100 end is that party's aim
 * is read flipped (value v shown as 100 − v, the scale's words and owners swapped), so the
 * party's aims read at the 0 end wherever the direction is known.
 */
export interface Orientation {
  party: Party;
  /** The issues read flipped, by id, in dataset order. */
  flipped: string[];
  /** Their titles as coded (without the mark), in the same order. */
  flippedTitles: string[];
  /** Issues with no known owner of either end: read as coded. */
  undirected: string[];
}

/** Whether any issue of the dataset says whose aim one of its ends is. */
export function hasDirection(dataset: Pick<Dataset, 'issues'>): boolean {
  return dataset.issues.some(
    (i) => i.scale.zeroTowards !== undefined || i.scale.hundredTowards !== undefined,
  );
}

/** The parties that own an end of some issue's scale: the ones a view can be oriented to. */
export function orientableParties(dataset: Pick<Dataset, 'issues' | 'parties'>): Party[] {
  const owners = new Set<string>();
  for (const { scale } of dataset.issues) {
    if (scale.zeroTowards) owners.add(scale.zeroTowards);
    if (scale.hundredTowards) owners.add(scale.hundredTowards);
  }
  return dataset.parties.filter((p) => owners.has(p.id));
}

/** The issues a view oriented to `partyId` reads flipped: those whose 100 end is its aim. */
export function issuesToFlip(dataset: Pick<Dataset, 'issues'>, partyId: string): string[] {
  return dataset.issues.filter((i) => i.scale.hundredTowards === partyId).map((i) => i.id);
}

/** The party whose aim an end of an issue's scale is, where the scale says (else undefined). */
export function scaleEndOwner(
  dataset: Pick<Dataset, 'parties'>,
): (issue: Issue, end: 'zero' | 'hundred') => Party | undefined {
  const byId = new Map(dataset.parties.map((p) => [p.id, p] as const));
  return (issue, end) => {
    const id = end === 'zero' ? issue.scale.zeroTowards : issue.scale.hundredTowards;
    return id === undefined ? undefined : byId.get(id);
  };
}

/** An issue's title with the flipped mark: "Security guarantees (flipped)". */
export function flippedTitle(title: string): string {
  return `${title} (${FLIPPED_MARK})`;
}

const flip = (value: number) => 100 - value;
const flipRange = (range: Range): Range => ({ min: flip(range.max), max: flip(range.min) });

function flipIssue(issue: Issue): Issue {
  const { zero, hundred, zeroTowards, hundredTowards } = issue.scale;
  const scale: Issue['scale'] = { zero: hundred, hundred: zero };
  if (hundredTowards !== undefined) scale.zeroTowards = hundredTowards;
  if (zeroTowards !== undefined) scale.hundredTowards = zeroTowards;
  return { ...issue, title: flippedTitle(issue.title), scale };
}

/**
 * The dataset as a view oriented to `partyId` reads it: on every issue to flip, each value,
 * acceptable range, quote reading, outcome value and clause value becomes 100 − itself, the
 * scale's words and owners swap and the title carries the mark. Quotes, statements and every
 * other issue are untouched. Undefined when the dataset has no such party.
 */
export function orientDataset(
  dataset: Dataset,
  partyId: string,
): { dataset: Dataset; orientation: Orientation } | undefined {
  const party = dataset.parties.find((p) => p.id === partyId);
  if (!party) return undefined;
  const flipped = new Set(issuesToFlip(dataset, partyId));
  const undirected = dataset.issues
    .filter((i) => i.scale.zeroTowards === undefined && i.scale.hundredTowards === undefined)
    .map((i) => i.id);
  const orientation: Orientation = {
    party,
    flipped: [...flipped],
    flippedTitles: dataset.issues.filter((i) => flipped.has(i.id)).map((i) => i.title),
    undirected,
  };
  if (flipped.size === 0) return { dataset, orientation };
  const oriented: Dataset = {
    ...dataset,
    issues: dataset.issues.map((i) => (flipped.has(i.id) ? flipIssue(i) : i)),
    positions: dataset.positions.map((p) => {
      if (!flipped.has(p.issue)) return p;
      if (p.status !== 'stated' && p.status !== 'inferred') return p;
      return {
        ...p,
        value: flip(p.value),
        ...(p.acceptable ? { acceptable: flipRange(p.acceptable) } : {}),
        evidence: p.evidence.map((e) =>
          e.reading === undefined ? e : { ...e, reading: flip(e.reading) },
        ),
      };
    }),
    ...(dataset.outcomes
      ? {
          outcomes: dataset.outcomes.map((o) =>
            flipped.has(o.issue) && o.value !== undefined ? { ...o, value: flip(o.value) } : o,
          ),
        }
      : {}),
    parties: dataset.parties.map((p) =>
      p.clauses
        ? {
            ...p,
            clauses: p.clauses.map((c) => ({
              ...c,
              issues: c.issues?.map((ci) =>
                flipped.has(ci.issue) ? { ...ci, value: flip(ci.value) } : ci,
              ),
            })),
          }
        : p,
    ),
  };
  return { dataset: oriented, orientation };
}
