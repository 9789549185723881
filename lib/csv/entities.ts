import type { Issue, Party, Round, Source } from '@/lib/model';
import type { Origin } from './problems';
import { uniqueSlug } from './slug';
import { readTable, type TableRow } from './table';

/** Columns of parties.csv, issues.csv and rounds.csv, as written by the export and read back. */
export const PARTY_COLUMNS = ['id', 'name', 'short_name', 'kind', 'members', 'colour'] as const;
/** Columns of issues.csv. */
export const ISSUE_COLUMNS = [
  'id',
  'title',
  'question',
  'scale_zero',
  'scale_hundred',
  'category',
] as const;
/** Columns of rounds.csv. */
export const ROUND_COLUMNS = ['id', 'label', 'date'] as const;

/** Words shown for an issue's scale end until the analyst writes it. */
export const SCALE_TO_BE_WRITTEN = 'Scale end not yet described';

/** A name or id as matched: Unicode-normalised, spaces collapsed, case ignored. */
export function lookupKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Parties, issues or rounds being built, found by id or by any of their names. */
export class Catalogue<T extends { id: string }> {
  readonly items: T[] = [];
  readonly origins: Origin[] = [];
  readonly taken = new Set<string>();
  private readonly byKey = new Map<string, number>();

  /** Adds an item, findable by its id and the given names; returns its index. */
  add(item: T, origin: Origin, names: readonly string[]): number {
    const index = this.items.length;
    this.items.push(item);
    this.origins.push(origin);
    this.taken.add(item.id);
    for (const name of [item.id, ...names]) {
      const key = lookupKey(name);
      if (key && !this.byKey.has(key)) this.byKey.set(key, index);
    }
    return index;
  }

  /** The index of the item with this id or name. */
  find(ref: string): number | undefined {
    return this.byKey.get(lookupKey(ref));
  }
}

/** A short name of at most 24 characters: the name itself, or its start with an ellipsis. */
export function shortNameOf(name: string): string {
  const chars = [...name];
  return chars.length <= 24 ? name : `${chars.slice(0, 23).join('').trimEnd()}…`;
}

function ids<T extends { id: string }>(
  rows: TableRow[],
  catalogue: Catalogue<T>,
  kind: string,
  nameColumn: string,
): string[] {
  for (const r of rows) if (r.get('id')) catalogue.taken.add(r.get('id'));
  return rows.map(
    (r, i) => r.get('id') || uniqueSlug(r.get(nameColumn), kind, i + 1, catalogue.taken),
  );
}

/** Reads parties.csv (id optional, name required; members separated by ";"). */
export function readParties(text: string, file: string) {
  const read = readTable(text, {
    file,
    required: ['name'],
    optional: ['id', 'short_name', 'kind', 'members', 'colour'],
    aliases: { party: 'name', shortname: 'short_name', color: 'colour' },
  });
  const catalogue = new Catalogue<Party>();
  const warnings = [...read.warnings];
  const partyIds = ids(read.rows, catalogue, 'party', 'name');
  let noKind = 0;
  read.rows.forEach((r, i) => {
    const name = r.get('name');
    const party: Party = {
      id: partyIds[i] ?? '',
      name,
      shortName: r.get('short_name') || shortNameOf(name),
      kind: (r.get('kind').toLowerCase() || 'other') as Party['kind'],
    };
    if (!r.get('kind')) noKind += 1;
    const members = r.get('members');
    if (members)
      party.members = members
        .split(';')
        .map((m) => m.trim())
        .filter(Boolean);
    if (r.get('colour')) party.colour = r.get('colour');
    const columns = {
      id: 'id',
      name: 'name',
      shortName: 'short_name',
      kind: 'kind',
      members: 'members',
      colour: 'colour',
    };
    catalogue.add(party, { file, row: r.row, columns }, [name, party.shortName]);
  });
  if (noKind)
    warnings.push(
      `${file}: ${noKind} ${noKind === 1 ? 'party has' : 'parties have'} no kind; set to "other" (party-to-conflict, mediator, bloc or other)`,
    );
  return { catalogue, problems: read.problems, warnings };
}

/** Reads issues.csv (id optional; title, question and both scale ends expected). */
export function readIssues(text: string, file: string) {
  const read = readTable(text, {
    file,
    required: ['title', 'scale_zero', 'scale_hundred'],
    optional: ['id', 'question', 'category'],
    aliases: {
      name: 'title',
      issue: 'title',
      zero: 'scale_zero',
      hundred: 'scale_hundred',
      scale_0: 'scale_zero',
      scale_100: 'scale_hundred',
    },
  });
  const catalogue = new Catalogue<Issue>();
  const issueIds = ids(read.rows, catalogue, 'issue', 'title');
  read.rows.forEach((r, i) => {
    const title = r.get('title');
    const issue: Issue = {
      id: issueIds[i] ?? '',
      title,
      question: r.get('question') || title,
      scale: { zero: r.get('scale_zero'), hundred: r.get('scale_hundred') },
    };
    if (r.get('category')) issue.category = r.get('category');
    const columns = {
      id: 'id',
      title: 'title',
      question: 'question',
      'scale.zero': 'scale_zero',
      'scale.hundred': 'scale_hundred',
      scale: 'scale_zero',
      category: 'category',
    };
    catalogue.add(issue, { file, row: r.row, columns }, [title]);
  });
  return { catalogue, problems: read.problems, warnings: read.warnings };
}

/** Reads rounds.csv (id optional, label and date YYYY-MM-DD required). */
export function readRounds(text: string, file: string) {
  const read = readTable(text, {
    file,
    required: ['label', 'date'],
    optional: ['id'],
    aliases: { name: 'label', round: 'label' },
  });
  const catalogue = new Catalogue<Round>();
  const roundIds = ids(read.rows, catalogue, 'round', 'label');
  read.rows.forEach((r, i) => {
    const round: Round = { id: roundIds[i] ?? '', label: r.get('label'), date: r.get('date') };
    catalogue.add(
      round,
      { file, row: r.row, columns: { id: 'id', label: 'label', date: 'date' } },
      [round.label],
    );
  });
  return { catalogue, problems: read.problems, warnings: read.warnings };
}

/** Columns of sources.csv: details of each source text (the text itself is a file). */
export const SOURCE_COLUMNS = [
  'id',
  'title',
  'kind',
  'authors',
  'publisher',
  'date',
  'url',
] as const;

/** Reads sources.csv: one row per source id, matched to `<id>.txt` in the sources folder. */
export function readSourceDetails(text: string, file: string) {
  const read = readTable(text, {
    file,
    required: ['id'],
    optional: ['title', 'kind', 'authors', 'publisher', 'date', 'url'],
    aliases: { source: 'id', author: 'authors', link: 'url' },
  });
  const details = read.rows.map((r) => {
    const source: Partial<Source> & { id: string } = { id: r.get('id') };
    if (r.get('title')) source.title = r.get('title');
    if (r.get('kind')) source.kind = r.get('kind').toLowerCase() as Source['kind'];
    if (r.get('authors'))
      source.authors = r
        .get('authors')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean);
    if (r.get('publisher')) source.publisher = r.get('publisher');
    if (r.get('date')) source.date = r.get('date');
    if (r.get('url')) source.url = r.get('url');
    const origin: Origin = {
      file,
      row: r.row,
      columns: {
        id: 'id',
        title: 'title',
        kind: 'kind',
        authors: 'authors',
        publisher: 'publisher',
        date: 'date',
        url: 'url',
      },
    };
    return { source, origin };
  });
  return { details, problems: read.problems, warnings: read.warnings };
}
