import { checkDataset, type Dataset, type Position, type SourceTexts } from '@/lib/model';
import { locateProblem, type ImportProblem, type OriginIndex } from './problems';

/** A dataset about to be checked, with the origins of its parts. */
export interface CheckInput {
  json: Omit<Dataset, 'positions'> & { positions: Position[] };
  origins: OriginIndex;
  sourceTexts: SourceTexts;
  /** Problems already found while reading cells; their cells are not reported twice. */
  known: readonly ImportProblem[];
  positionsFile: string;
}

const cellKey = (p: ImportProblem) => `${p.file}|${p.row}|${p.column}`;

/**
 * Checks the built dataset like one on disk. When positions fail, they are set aside and the
 * rest checked again, so that one bad cell does not hide another row's quote missing from its
 * source: every problem is reported in one run.
 */
export function checkImported(input: CheckInput): { dataset?: Dataset; problems: ImportProblem[] } {
  const seen = new Set(input.known.map(cellKey));
  const problems: ImportProblem[] = [];
  const add = (found: ImportProblem[]) => {
    for (const p of found) {
      if (seen.has(cellKey(p))) continue;
      seen.add(cellKey(p));
      problems.push(p);
    }
  };
  const first = checkDataset(input.json, input.sourceTexts);
  if (first.ok && input.known.length === 0) return { dataset: first.dataset, problems: [] };
  const located = first.problems.map((p) => locateProblem(p, input.origins));
  add(located);

  // Rows of positions with a problem already named; the rest are checked again without them.
  const badRows = new Set(
    [...input.known, ...located].filter((p) => p.file === input.positionsFile).map((p) => p.row),
  );
  const keep = input.json.positions
    .map((_, i) => i)
    .filter((i) => {
      const rows = [input.origins.positions[i], ...(input.origins.evidence[i] ?? [])];
      return !rows.some((o) => o && badRows.has(o.row));
    });
  if (keep.length < input.json.positions.length) {
    const second = checkDataset(
      { ...input.json, positions: keep.map((i) => input.json.positions[i]) },
      input.sourceTexts,
    );
    const origins: OriginIndex = {
      ...input.origins,
      positions: keep.flatMap((i) => input.origins.positions[i] ?? []),
      evidence: keep.map((i) => input.origins.evidence[i] ?? []),
    };
    add(second.problems.map((p) => locateProblem(p, origins)));
  }
  return { problems };
}
