import { type Dataset, type Issue, type Party, type Round, type Source } from '@/lib/model';
import { titleFromText } from './cells';
import {
  Catalogue,
  readIssues,
  readParties,
  readRounds,
  readSourceDetails,
  SCALE_TO_BE_WRITTEN,
  shortNameOf,
} from './entities';
import { readPositions } from './positionRows';
import { checkImported } from './check';
import { type ImportProblem, type Origin, type OriginIndex } from './problems';
import { uniqueSlug } from './slug';

/** A CSV file given to the importer: its name (for messages) and its text. */
export interface CsvFile {
  file: string;
  text: string;
}

/** A source text for the import; details not given are derived (title) or defaulted (kind). */
export type ImportSource = Partial<Source> & { id: string; file: string; text: string };

/** Everything the importer reads; it touches no files itself. */
export interface ImportInput {
  id: string;
  title?: string;
  summary?: string;
  /** YYYY-MM-DD; defaults to the latest round date in rounds.csv, else `today`. */
  asOf?: string;
  /** Today's date, YYYY-MM-DD, for the defaults above (kept as input so the import is pure). */
  today: string;
  positions: CsvFile;
  parties?: CsvFile;
  issues?: CsvFile;
  rounds?: CsvFile;
  /** sources.csv: title, kind, authors, publisher, date and url of each source, by id. */
  sourceDetails?: CsvFile;
  sources: readonly ImportSource[];
}

/** A valid dataset with its source texts by file name, or every problem found. */
export type ImportResult =
  | { ok: true; dataset: Dataset; sourceTexts: Map<string, string>; warnings: string[] }
  | { ok: false; problems: ImportProblem[]; warnings: string[] };

function listed(names: string[]): string {
  const shownNames = names.slice(0, 6).map((n) => `"${n}"`);
  return names.length > 6
    ? `${shownNames.join(', ')} and ${names.length - 6} more`
    : shownNames.join(', ');
}

/**
 * Builds a dataset from positions.csv (and optional parties, issues and rounds CSVs and source
 * texts) and checks it like any dataset on disk, quotes against their sources included. Every
 * problem names its file, row and column; nothing is returned unless the whole is valid.
 */
export function importDataset(input: ImportInput): ImportResult {
  const problems: ImportProblem[] = [];
  const warnings: string[] = [];
  const take = <T extends { problems: ImportProblem[]; warnings: string[] }>(read: T): T => {
    problems.push(...read.problems);
    warnings.push(...read.warnings);
    return read;
  };
  const parties = input.parties
    ? take(readParties(input.parties.text, input.parties.file)).catalogue
    : new Catalogue<Party>();
  const issues = input.issues
    ? take(readIssues(input.issues.text, input.issues.file)).catalogue
    : new Catalogue<Issue>();
  const rounds = input.rounds
    ? take(readRounds(input.rounds.text, input.rounds.file)).catalogue
    : new Catalogue<Round>();
  const latestRound = rounds.items
    .map((r) => r.date)
    .sort()
    .at(-1);
  const asOf = input.asOf ?? latestRound ?? input.today;
  if (!input.asOf && !latestRound)
    warnings.push(`as-of date: none given (--as-of); set to today, ${asOf}`);

  const sources = new Catalogue<Source>();
  const sourceTexts = new Map<string, string>();
  const kindless: string[] = [];
  const details = input.sourceDetails
    ? take(readSourceDetails(input.sourceDetails.text, input.sourceDetails.file)).details
    : [];
  const detailsById = new Map(details.map((d) => [d.source.id, d]));
  for (const { text, ...given } of input.sources) {
    const detail = detailsById.get(given.id);
    detailsById.delete(given.id);
    const { id, file, ...rest } = { ...given, ...detail?.source };
    const source: Source = {
      ...rest,
      id,
      file,
      title: rest.title ?? titleFromText(text) ?? id,
      kind: rest.kind ?? 'analysis',
    };
    if (!rest.kind) kindless.push(id);
    sources.add(source, detail?.origin ?? { file: `sources/${file}`, columns: {} }, [
      file,
      source.title,
    ]);
    sourceTexts.set(file, text);
  }
  for (const { source, origin } of detailsById.values())
    problems.push({
      file: origin.file,
      row: origin.row,
      column: 'id',
      message: `names source "${source.id}", but there is no ${source.id}.txt in the sources folder (--sources-dir)`,
    });
  if (kindless.length)
    warnings.push(
      `sources ${listed(kindless)}: kind set to "analysis"; correct it (official-statement, agreement-text, analysis or media-report) in sources.csv or dataset.json`,
    );

  const created = { party: [] as string[], issue: [] as string[], round: [] as string[] };
  const create = {
    party: input.parties
      ? undefined
      : (name: string, origin: Origin) => {
          created.party.push(name);
          const party: Party = {
            id: uniqueSlug(name, 'party', parties.items.length + 1, parties.taken),
            name,
            shortName: shortNameOf(name),
            kind: 'other',
          };
          return parties.add(party, origin, [name]);
        },
    issue: input.issues
      ? undefined
      : (name: string, origin: Origin) => {
          created.issue.push(name);
          const issue: Issue = {
            id: uniqueSlug(name, 'issue', issues.items.length + 1, issues.taken),
            title: name,
            question: name,
            scale: { zero: SCALE_TO_BE_WRITTEN, hundred: SCALE_TO_BE_WRITTEN },
          };
          return issues.add(issue, origin, [name]);
        },
    round: input.rounds
      ? undefined
      : (name: string, origin: Origin) => {
          created.round.push(name);
          const round: Round = {
            id: uniqueSlug(name, 'round', rounds.items.length + 1, rounds.taken),
            label: name,
            date: asOf,
          };
          return rounds.add(round, origin, [name]);
        },
  };
  const findSource = (ref: string) => {
    const i = sources.find(ref);
    return i === undefined ? undefined : sources.items[i]?.id;
  };
  const rows = take(
    readPositions(input.positions.text, {
      file: input.positions.file,
      parties,
      issues,
      rounds,
      create,
      findSource,
    }),
  );
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

  if (!input.title) warnings.push(`title: none given (--title); set to "${input.id}"`);
  if (!input.summary)
    warnings.push(
      'summary: none given (--summary); a placeholder is set: write one in dataset.json',
    );
  const json = {
    $schema: '../dataset.schema.json',
    id: input.id,
    title: input.title ?? input.id,
    summary: input.summary ?? `Imported from ${input.positions.file}; summary still to be written.`,
    asOf,
    sources: sources.items,
    parties: parties.items,
    issues: issues.items,
    rounds: rounds.items,
    positions: rows.positions,
    events: [],
  };
  const origins: OriginIndex = {
    top: {
      id: { file: '--id' },
      title: { file: '--title' },
      summary: { file: '--summary' },
      asOf: { file: '--as-of' },
      sources: { file: '--sources-dir' },
      parties: { file: input.positions.file, column: 'party' },
      issues: { file: input.positions.file, column: 'issue' },
      rounds: { file: input.positions.file, column: 'round' },
    },
    parties: parties.origins,
    issues: issues.origins,
    rounds: rounds.origins,
    sources: sources.origins,
    positions: rows.origins,
    evidence: rows.evidenceOrigins,
  };
  // A file whose header is unreadable gave no rows; checking the empty result would only add noise.
  const order = [
    input.sourceDetails,
    input.parties,
    input.issues,
    input.rounds,
    input.positions,
  ].flatMap((f) => (f ? [f.file] : []));
  if (problems.some((p) => p.row === 1))
    return { ok: false, problems: sortProblems(problems, order), warnings };
  const check = checkImported({
    json,
    origins,
    sourceTexts,
    known: problems,
    positionsFile: input.positions.file,
  });
  if (!check.dataset)
    return { ok: false, problems: sortProblems([...problems, ...check.problems], order), warnings };
  return { ok: true, dataset: check.dataset, sourceTexts, warnings };
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
