import type { Dataset, Issue, Party, Position, Source } from '@/lib/model';
import { checkImported } from './check';
import { attachClauses, readClauses } from './clauses';
import { Catalogue, readIssues, readParties, readRounds, SCALE_TO_BE_WRITTEN } from './entities';
import { creators } from './create';
import { readDatasetRow } from './datasetRow';
import { keptItems, mergeByKey, recordKeys } from './merge';
import { readPositions, type PositionRows } from './positionRows';
import { type ImportProblem, type OriginIndex } from './problems';
import { readDelegations, readEvents, readOutcomes, type RecordContext } from './records';
import { assembleSources } from './sourceFiles';

/** A CSV file given to the importer: its name (for messages) and its text. */
export interface CsvFile {
  file: string;
  text: string;
}

/**
 * A source text for the import, by its file name; details not given are derived (id from the
 * file name, title from the first line) or defaulted (kind).
 */
export type ImportSource = Partial<Source> & { file: string; text: string };

/** The dataset an update starts from (`--into`): everything in it is kept unless a row replaces it. */
export interface ImportBase {
  dataset: Dataset;
  sourceTexts: ReadonlyMap<string, string>;
}

/** Everything the importer reads; it touches no files itself. */
export interface ImportInput {
  id: string;
  title?: string;
  summary?: string;
  /** YYYY-MM-DD; defaults to dataset.csv, the base, the latest round date in rounds.csv, else `today`. */
  asOf?: string;
  /** Today's date, YYYY-MM-DD, for the defaults above (kept as input so the import is pure). */
  today: string;
  positions?: CsvFile;
  parties?: CsvFile;
  issues?: CsvFile;
  rounds?: CsvFile;
  /** sources.csv: title, kind, authors, publisher, date, url and file of each source, by id. */
  sourceDetails?: CsvFile;
  /** dataset.csv: one row of title, summary and as_of. */
  datasetRow?: CsvFile;
  events?: CsvFile;
  outcomes?: CsvFile;
  delegations?: CsvFile;
  /** clauses.csv: proposals' clauses, a row per clause × issue. */
  clauses?: CsvFile;
  sources: readonly ImportSource[];
  base?: ImportBase;
}

/** A valid dataset with its source texts by file name, or every problem found. */
export type ImportResult =
  | {
      ok: true;
      dataset: Dataset;
      sourceTexts: Map<string, string>;
      warnings: string[];
      /** Dataset fields no file or option gave, set to a placeholder. */
      placeholders: ('title' | 'summary')[];
    }
  | { ok: false; problems: ImportProblem[]; warnings: string[] };

function listed(names: string[]): string {
  const shownNames = names.slice(0, 6).map((n) => `"${n}"`);
  return names.length > 6
    ? `${shownNames.join(', ')} and ${names.length - 6} more`
    : shownNames.join(', ');
}

function seeded<T extends { id: string }>(
  items: readonly T[] | undefined,
  names: (t: T) => string[],
) {
  const catalogue = new Catalogue<T>();
  for (const item of items ?? []) catalogue.add(item, { file: 'dataset.json' }, names(item));
  return catalogue;
}

/**
 * Builds a dataset from CSV files (positions, parties, issues, rounds, sources, dataset,
 * events, outcomes, delegations, clauses; each optional) and source texts, on top of `base` when
 * updating, and checks it like any dataset on disk, quotes against their sources included.
 * Every problem names its file, row and column; nothing is returned unless the whole is valid.
 */
export function importDataset(input: ImportInput): ImportResult {
  const problems: ImportProblem[] = [];
  const warnings: string[] = [];
  const renamed: string[] = [];
  const take = <T extends { problems: ImportProblem[]; warnings: string[] }>(read: T): T => {
    problems.push(...read.problems);
    warnings.push(...read.warnings);
    return read;
  };
  const base = input.base?.dataset;
  const parties = seeded(base?.parties, (p) => [p.name, p.shortName]);
  const issues = seeded(base?.issues, (i) => [i.title]);
  const rounds = seeded(base?.rounds, (r) => [r.label]);
  if (input.parties) take(readParties(input.parties.text, input.parties.file, parties, renamed));
  if (input.issues) take(readIssues(input.issues.text, input.issues.file, issues, renamed));
  if (input.rounds) take(readRounds(input.rounds.text, input.rounds.file, rounds, renamed));
  const row = input.datasetRow ? take(readDatasetRow(input.datasetRow)).row : {};

  const latestRound = rounds.items
    .map((r) => r.date)
    .sort()
    .at(-1);
  const asOf = input.asOf ?? row.asOf ?? base?.asOf ?? latestRound ?? input.today;
  if (!input.asOf && !row.asOf && !base && !latestRound)
    warnings.push(`as-of date: none given (--as-of); set to today, ${asOf}`);

  const assembled = take(
    assembleSources(
      input.sources,
      input.sourceDetails,
      input.base && { sources: input.base.dataset.sources, texts: input.base.sourceTexts },
      renamed,
    ),
  );
  const { sources, texts: sourceTexts } = assembled;
  if (assembled.kindless.length)
    warnings.push(
      `sources ${listed(assembled.kindless)}: kind set to "analysis"; correct it (official-statement, agreement-text, analysis or media-report) in sources.csv or dataset.json`,
    );

  const { created, create } = creators(
    { parties: !input.parties, issues: !input.issues, rounds: !input.rounds },
    { parties, issues, rounds },
    asOf,
  );
  const findSource = (ref: string) => {
    const i = sources.find(ref);
    return i === undefined ? undefined : sources.items[i]?.id;
  };
  const rows: PositionRows = input.positions
    ? take(
        readPositions(input.positions.text, {
          file: input.positions.file,
          parties,
          issues,
          rounds,
          create,
          findSource,
        }),
      )
    : { positions: [], origins: [], evidenceOrigins: [], problems: [], warnings: [] };
  if (created.party.length)
    warnings.push(
      `parties created from their names: ${listed(created.party)}; their kind is "other" until you set it (or give --parties parties.csv)`,
    );
  if (created.issue.length)
    warnings.push(
      `issues created from their names: ${listed(created.issue)}; their scale words are still to be written (shown as "${SCALE_TO_BE_WRITTEN}") and each question repeats the title (or give --issues issues.csv)`,
    );
  if (created.round.length)
    warnings.push(
      `rounds created from their names: ${listed(created.round)}; dated ${asOf} (the as-of date) and ordered as first met, until you give --rounds rounds.csv with their real dates`,
    );

  // Parties may be created from positions.csv, so scale ends are matched to them only now.
  resolveDirections(issues, parties);
  const context: RecordContext = { parties, issues, rounds, findSource };
  const events = input.events
    ? take(readEvents(input.events.text, input.events.file, context))
    : undefined;
  const outcomes = input.outcomes
    ? take(readOutcomes(input.outcomes.text, input.outcomes.file, context))
    : undefined;
  const delegations = input.delegations
    ? take(readDelegations(input.delegations.text, input.delegations.file, context))
    : undefined;
  const clauses = input.clauses
    ? take(readClauses(input.clauses.text, input.clauses.file, { parties, issues, findSource }))
    : undefined;
  const clauseOrigins = attachClauses(parties, clauses?.byParty, base?.parties);
  if (renamed.length)
    warnings.push(
      `ids made into slugs (lowercase a-z, digits, single hyphens), here and wherever another file names them: ${[...new Set(renamed)].join(', ')}`,
    );

  const placeholders: ('title' | 'summary')[] = [];
  const title = input.title ?? row.title ?? base?.title;
  const summary = input.summary ?? row.summary ?? base?.summary;
  if (!title) {
    placeholders.push('title');
    warnings.push(`title: none given (--title or dataset.csv); set to "${input.id}"`);
  }
  if (!summary) {
    placeholders.push('summary');
    warnings.push(
      'summary: none given (--summary or dataset.csv); a placeholder is set: write one in dataset.json',
    );
  }
  const positions = mergeByKey(
    keptItems(base?.positions),
    rows.positions.map((item, i) => ({
      item,
      origin: rows.origins[i] ?? { file: input.positions?.file ?? '' },
      evidence: rows.evidenceOrigins[i] ?? [],
    })),
    recordKeys.position,
  );
  const mergedEvents = mergeByKey(keptItems(base?.events), events?.items ?? [], recordKeys.event);
  const mergedOutcomes = mergeByKey(
    keptItems(base?.outcomes),
    outcomes?.items ?? [],
    recordKeys.outcome,
  );
  const mergedDelegations = mergeByKey(
    keptItems(base?.delegations),
    delegations?.items ?? [],
    recordKeys.delegation,
  );
  const json: Omit<Dataset, 'positions'> & { positions: Position[] } = {
    $schema: base?.$schema ?? '../dataset.schema.json',
    id: input.id,
    title: title ?? input.id,
    summary:
      summary ?? `Imported from ${input.positions?.file ?? 'CSV'}; summary still to be written.`,
    asOf,
    sources: sources.items,
    parties: parties.items,
    issues: issues.items,
    rounds: rounds.items,
    positions: positions.map((p) => p.item),
    events: mergedEvents.map((e) => e.item),
  };
  // Empty optional lists are left out, as a dataset written by hand leaves them out.
  if (mergedOutcomes.length) json.outcomes = mergedOutcomes.map((o) => o.item);
  if (mergedDelegations.length) json.delegations = mergedDelegations.map((d) => d.item);
  const positionsFile = input.positions?.file ?? 'positions.csv';
  const dsFile = input.datasetRow?.file;
  const origins: OriginIndex = {
    top: {
      id: { file: '--id' },
      title: { file: dsFile ?? '--title', ...(dsFile ? { row: 2, column: 'title' } : {}) },
      summary: { file: dsFile ?? '--summary', ...(dsFile ? { row: 2, column: 'summary' } : {}) },
      asOf: { file: dsFile ?? '--as-of', ...(dsFile ? { row: 2, column: 'as_of' } : {}) },
      sources: { file: '--sources-dir' },
      parties: { file: positionsFile, column: 'party' },
      issues: { file: positionsFile, column: 'issue' },
      rounds: { file: positionsFile, column: 'round' },
    },
    parties: parties.origins,
    issues: issues.origins,
    rounds: rounds.origins,
    sources: sources.origins,
    positions: positions.map((p) => p.origin),
    evidence: positions.map((p) => p.evidence),
    events: mergedEvents.map((e) => e.origin),
    outcomes: mergedOutcomes.map((o) => o.origin),
    delegations: mergedDelegations.map((d) => d.origin),
    recordEvidence: {
      events: mergedEvents.map((e) => e.evidence),
      outcomes: mergedOutcomes.map((o) => o.evidence),
      delegations: mergedDelegations.map((d) => d.evidence),
    },
    clauses: clauseOrigins,
  };
  // A file whose header is unreadable gave no rows; checking the empty result would only add noise.
  const order = [
    input.datasetRow,
    input.sourceDetails,
    input.parties,
    input.issues,
    input.rounds,
    input.positions,
    input.events,
    input.outcomes,
    input.delegations,
    input.clauses,
  ].flatMap((f) => (f ? [f.file] : []));
  if (problems.some((p) => p.row === 1))
    return { ok: false, problems: sortProblems(problems, order), warnings };
  const check = checkImported({ json, origins, sourceTexts, known: problems, positionsFile });
  if (!check.dataset)
    return { ok: false, problems: sortProblems([...problems, ...check.problems], order), warnings };
  return { ok: true, dataset: check.dataset, sourceTexts, warnings, placeholders };
}

function sortProblems(problems: ImportProblem[], files: readonly string[]): ImportProblem[] {
  const rank = (file: string) => {
    const i = files.indexOf(file);
    return i === -1 ? files.length : i;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p.file) - rank(b.p.file) || (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

/** An issue's scale direction may name a party by name or short name: it becomes the party's id. */
function resolveDirections(issues: Catalogue<Issue>, parties: Catalogue<Party>) {
  const idOf = (ref: string | undefined) => {
    if (ref === undefined) return undefined;
    const found = parties.find(ref);
    return found === undefined ? ref : (parties.items[found]?.id ?? ref);
  };
  for (const issue of issues.items) {
    const zeroTowards = idOf(issue.scale.zeroTowards);
    const hundredTowards = idOf(issue.scale.hundredTowards);
    if (zeroTowards !== undefined) issue.scale.zeroTowards = zeroTowards;
    if (hundredTowards !== undefined) issue.scale.hundredTowards = hundredTowards;
  }
}
