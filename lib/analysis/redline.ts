import type { Clause, Dataset, Issue, Party } from '@/lib/model';
import { pairClauses, type ClausePairing, type PairingKind } from './clausePairing';
import { wordDiff, type DiffPart } from './wordDiff';

/** Where one side of a redline stands on an issue: the mean value its clauses imply there. */
export interface IssueStand {
  /** Mean of the values the clauses give the issue; undefined when none of them names it. */
  value?: number;
  /** How many clauses name the issue. */
  clauses: number;
  /** True when those clauses give it different values (the mean hides a spread). */
  spread: boolean;
}

/** How one issue moves from the old text to the new, in the issue's own 0-100 scale. */
export interface IssueMove {
  issue: string;
  from: IssueStand;
  to: IssueStand;
  /** to − from: positive towards the issue's 100 end; undefined unless both sides name it. */
  delta?: number;
}

/** One line of the redline: the clauses paired, their word diff and what they move. */
export interface RedlineLine extends ClausePairing {
  /** The old text's clauses of this line (by `a`), and the new text's (by `b`). */
  before: Clause[];
  after: Clause[];
  /** Word-level diff of the old text(s) against the new, for changed, split and merged lines. */
  diff?: DiffPart[];
  /** The issues the line's clauses name, in dataset order, with the move between them. */
  moves: IssueMove[];
}

/** A clause-by-clause comparison of two proposals. */
export interface Redline {
  a: Party;
  b: Party;
  lines: RedlineLine[];
  /** Lines of each kind. */
  counts: Record<PairingKind, number>;
  /** Every issue either text names, in dataset order: where each text stands and the move. */
  issues: IssueMove[];
}

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((s, v) => s + v, 0) / values.length : undefined;

function stand(clauses: readonly Clause[], issue: string): IssueStand {
  const values = clauses.flatMap(
    (c) => c.issues?.filter((link) => link.issue === issue).map((link) => link.value) ?? [],
  );
  const value = mean(values);
  return {
    ...(value === undefined ? {} : { value }),
    clauses: values.length,
    spread: values.some((v) => v !== values[0]),
  };
}

function moves(issueOrder: readonly string[], before: Clause[], after: Clause[]): IssueMove[] {
  const named = new Set([...before, ...after].flatMap((c) => c.issues?.map((l) => l.issue) ?? []));
  return issueOrder
    .filter((id) => named.has(id))
    .map((issue) => {
      const from = stand(before, issue);
      const to = stand(after, issue);
      return from.value !== undefined && to.value !== undefined
        ? { issue, from, to, delta: to.value - from.value }
        : { issue, from, to };
    });
}

/**
 * The redline of proposal `b` against proposal `a` (usually `b` supersedes `a`): their clauses
 * paired (see pairClauses), each changed, split or merged line with a word diff, and each
 * issue's move. A side's value on an issue is the mean of the values its clauses give it; an
 * issue only one side names has no move. Undefined when either party has no clauses.
 */
export function redlineOf(
  dataset: { issues: readonly Pick<Issue, 'id'>[] },
  a: Party,
  b: Party,
): Redline | undefined {
  const before = a.clauses ?? [];
  const after = b.clauses ?? [];
  if (before.length === 0 || after.length === 0) return undefined;
  const order = dataset.issues.map((i) => i.id);
  const counts: Record<PairingKind, number> = {
    kept: 0,
    changed: 0,
    split: 0,
    merged: 0,
    dropped: 0,
    added: 0,
  };
  const lines = pairClauses(before, after).map((pairing): RedlineLine => {
    counts[pairing.kind] += 1;
    const old = pairing.a.map((i) => before[i]!);
    const next = pairing.b.map((j) => after[j]!);
    const line: RedlineLine = {
      ...pairing,
      before: old,
      after: next,
      moves: moves(order, old, next),
    };
    if (pairing.kind === 'changed' || pairing.kind === 'split' || pairing.kind === 'merged')
      line.diff = wordDiff(old.map((c) => c.text).join(' '), next.map((c) => c.text).join(' '));
    return line;
  });
  return { a, b, lines, counts, issues: moves(order, before, after) };
}

/** Each proposal with clauses and the proposal with clauses that supersedes it, in dataset order. */
export function supersessionPairs(dataset: Pick<Dataset, 'parties'>): [Party, Party][] {
  const withClauses = dataset.parties.filter((p) => p.kind === 'proposal' && p.clauses?.length);
  return withClauses.flatMap((a) =>
    withClauses.filter((b) => b.supersedes === a.id).map((b) => [a, b] as [Party, Party]),
  );
}

/** The numbers a redline's summary states, all counted from its lines and issue moves. */
export interface RedlineSummary {
  /** Clauses in the old text and in the new. */
  clauses: { a: number; b: number };
  counts: Record<PairingKind, number>;
  /** Issues both texts name (so each has a move, maybe zero). */
  both: IssueMove[];
  /** Of those, the ones that move, largest move first (ties in dataset order). */
  moved: IssueMove[];
  /** Issues only the old text names, and only the new. */
  onlyA: IssueMove[];
  onlyB: IssueMove[];
}

/** The summary numbers of a redline. */
export function redlineSummary(redline: Redline): RedlineSummary {
  const both = redline.issues.filter((m) => m.delta !== undefined);
  return {
    clauses: { a: redline.a.clauses?.length ?? 0, b: redline.b.clauses?.length ?? 0 },
    counts: redline.counts,
    both,
    moved: both
      .filter((m) => m.delta !== 0)
      .map((m, k) => ({ m, k }))
      .sort((x, y) => Math.abs(y.m.delta!) - Math.abs(x.m.delta!) || x.k - y.k)
      .map(({ m }) => m),
    onlyA: redline.issues.filter((m) => m.from.clauses > 0 && m.to.clauses === 0),
    onlyB: redline.issues.filter((m) => m.from.clauses === 0 && m.to.clauses > 0),
  };
}
