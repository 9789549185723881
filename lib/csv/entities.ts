import { isSlug, type Issue, type Party, type Round, type Source } from '@/lib/model';
import { listCell, scaleCell } from './cells';
import type { Origin } from './problems';
import { slugFromName, uniqueSlug } from './slug';
import { readTable, type TableRow } from './table';

/** Columns of parties.csv, issues.csv and rounds.csv, as written by the export and read back. */
export const PARTY_COLUMNS = [
  'id',
  'name',
  'short_name',
  'kind',
  'members',
  'colour',
  'rounds',
  'supersedes',
  'capability',
  'capability_note',
] as const;
/** Columns of issues.csv. */
export const ISSUE_COLUMNS = [
  'id',
  'title',
  'question',
  'scale_zero',
  'scale_hundred',
  'category',
  'zero_towards',
  'hundred_towards',
] as const;
/** Columns of rounds.csv. */
export const ROUND_COLUMNS = ['id', 'label', 'date'] as const;

/** Words shown for an issue's scale end until the analyst writes it. */
export const SCALE_TO_BE_WRITTEN = 'Scale end not yet described';

/** A name or id as matched: Unicode-normalised, spaces collapsed, case ignored. */
export function lookupKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Parties, issues, rounds or sources being built, found by id or by any of their names. */
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
    this.index(index, [item.id, ...names]);
    return index;
  }

  /** Replaces the item with the same id (keeping its place), or adds it; returns its index. */
  put(item: T, origin: Origin, names: readonly string[]): number {
    const index = this.items.findIndex((i) => i.id === item.id);
    if (index === -1) return this.add(item, origin, names);
    this.items[index] = item;
    this.origins[index] = origin;
    this.index(index, names);
    return index;
  }

  /** The index of the item with this id or name, or with the id this reference slugifies to. */
  find(ref: string): number | undefined {
    return this.byKey.get(lookupKey(ref)) ?? this.byKey.get(lookupKey(slugFromName(ref)));
  }

  private index(at: number, names: readonly string[]): void {
    for (const name of names) {
      const key = lookupKey(name);
      if (key && !this.byKey.has(key)) this.byKey.set(key, at);
    }
  }
}

/**
 * An id cell as an id: kept when it is already a slug, else slugified the way every file's
 * ids are (`army_size_cap` → `army-size-cap`), the change noted in `renamed`.
 */
export function idFromCell(text: string, renamed: string[]): string {
  if (text === '' || isSlug(text)) return text;
  const slug = slugFromName(text);
  if (slug === '') return text;
  renamed.push(`"${text}" → ${slug}`);
  return slug;
}

/** A short name of at most 24 characters: the name itself, or its start with an ellipsis. */
export function shortNameOf(name: string): string {
  const chars = [...name];
  return chars.length <= 24 ? name : `${chars.slice(0, 23).join('').trimEnd()}…`;
}

/**
 * The id of each row: its id cell (slugified), else the id of the item of that name already
 * there (an update), else a new slug made from the name.
 */
function ids<T extends { id: string }>(
  file: string,
  rows: TableRow[],
  catalogue: Catalogue<T>,
  kind: string,
  nameColumn: string,
  renamed: string[],
): string[] {
  const given = rows.map((r) => idFromCell(r.get('id'), renamed));
  for (const id of given) if (id) catalogue.taken.add(id);
  return rows.map((r, i) => {
    if (given[i]) return given[i];
    // A name already in the dataset being updated names that item; within one file, never.
    const existing = catalogue.find(r.get(nameColumn));
    const item = existing === undefined ? undefined : catalogue.items[existing];
    if (item && catalogue.origins[existing!]?.file !== file) return item.id;
    return uniqueSlug(r.get(nameColumn), kind, i + 1, catalogue.taken);
  });
}

/**
 * Reads parties.csv (id optional, name required; members and rounds separated by ";";
 * supersedes names the proposal a proposal replaces, by id; capability a number from 0 to 100,
 * with capability_note saying why) into `catalogue`.
 */
export function readParties(
  text: string,
  file: string,
  catalogue = new Catalogue<Party>(),
  renamed: string[] = [],
) {
  const read = readTable(text, {
    file,
    required: ['name'],
    optional: [
      'id',
      'short_name',
      'kind',
      'members',
      'colour',
      'rounds',
      'supersedes',
      'capability',
      'capability_note',
    ],
    aliases: { party: 'name', shortname: 'short_name', color: 'colour' },
  });
  const warnings = [...read.warnings];
  const problems = [...read.problems];
  const partyIds = ids(file, read.rows, catalogue, 'party', 'name', renamed);
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
    const members = listCell(r.get('members'));
    if (members.length) party.members = members;
    if (r.get('colour')) party.colour = r.get('colour');
    const rounds = listCell(r.get('rounds'));
    if (rounds.length) party.rounds = rounds;
    if (r.get('supersedes')) party.supersedes = r.get('supersedes');
    const capability = scaleCell(r.get('capability'));
    if (!capability.ok)
      problems.push({ file, row: r.row, column: 'capability', message: capability.message });
    else if (capability.value !== undefined) party.capability = capability.value;
    if (r.get('capability_note')) party.capabilityNote = r.get('capability_note');
    if (party.capabilityNote !== undefined && party.capability === undefined && capability.ok)
      warnings.push(
        `${file} row ${r.row}: capability_note is filled but capability is empty; the note is kept, and no predicted outcome weighs ${name} until it has a capability (0 to 100)`,
      );
    else if (party.capability !== undefined && party.capabilityNote === undefined)
      warnings.push(
        `${file} row ${r.row}: capability ${party.capability} has no capability_note; say what the estimate rests on, since predicted outcomes weigh ${name} by it`,
      );
    const columns = {
      id: 'id',
      name: 'name',
      shortName: 'short_name',
      kind: 'kind',
      members: 'members',
      colour: 'colour',
      rounds: 'rounds',
      supersedes: 'supersedes',
      capability: 'capability',
      capabilityNote: 'capability_note',
    };
    catalogue.put(party, { file, row: r.row, columns }, [name, party.shortName, r.get('id')]);
  });
  // A proposal may name the one it replaces by id, name or short name, also further down the file.
  for (const party of catalogue.items) {
    if (party.supersedes === undefined) continue;
    const found = catalogue.find(party.supersedes);
    if (found !== undefined) party.supersedes = catalogue.items[found]?.id ?? party.supersedes;
  }
  if (noKind)
    warnings.push(
      `${file}: ${noKind} ${noKind === 1 ? 'party has' : 'parties have'} no kind; set to "other" (party-to-conflict, mediator, bloc, proposal or other)`,
    );
  return { catalogue, problems, warnings };
}

/** Reads issues.csv (id optional; title, question and both scale ends expected) into `catalogue`. */
export function readIssues(
  text: string,
  file: string,
  catalogue = new Catalogue<Issue>(),
  renamed: string[] = [],
) {
  const read = readTable(text, {
    file,
    required: ['title', 'scale_zero', 'scale_hundred'],
    optional: ['id', 'question', 'category', 'zero_towards', 'hundred_towards'],
    aliases: {
      name: 'title',
      issue: 'title',
      zero: 'scale_zero',
      hundred: 'scale_hundred',
      scale_0: 'scale_zero',
      scale_100: 'scale_hundred',
    },
  });
  const issueIds = ids(file, read.rows, catalogue, 'issue', 'title', renamed);
  read.rows.forEach((r, i) => {
    const title = r.get('title');
    const issue: Issue = {
      id: issueIds[i] ?? '',
      title,
      question: r.get('question') || title,
      scale: { zero: r.get('scale_zero'), hundred: r.get('scale_hundred') },
    };
    if (r.get('category')) issue.category = r.get('category');
    // Party ids or names; importDataset resolves names once the parties are read.
    if (r.get('zero_towards')) issue.scale.zeroTowards = r.get('zero_towards');
    if (r.get('hundred_towards')) issue.scale.hundredTowards = r.get('hundred_towards');
    const columns = {
      id: 'id',
      title: 'title',
      question: 'question',
      'scale.zero': 'scale_zero',
      'scale.hundred': 'scale_hundred',
      'scale.zeroTowards': 'zero_towards',
      'scale.hundredTowards': 'hundred_towards',
      scale: 'scale_zero',
      category: 'category',
    };
    catalogue.put(issue, { file, row: r.row, columns }, [title, r.get('id')]);
  });
  return { catalogue, problems: read.problems, warnings: read.warnings };
}

/** Reads rounds.csv (id optional, label and date YYYY-MM-DD required) into `catalogue`. */
export function readRounds(
  text: string,
  file: string,
  catalogue = new Catalogue<Round>(),
  renamed: string[] = [],
) {
  const read = readTable(text, {
    file,
    required: ['label', 'date'],
    optional: ['id'],
    aliases: { name: 'label', round: 'label' },
  });
  const roundIds = ids(file, read.rows, catalogue, 'round', 'label', renamed);
  read.rows.forEach((r, i) => {
    const round: Round = { id: roundIds[i] ?? '', label: r.get('label'), date: r.get('date') };
    catalogue.put(
      round,
      { file, row: r.row, columns: { id: 'id', label: 'label', date: 'date' } },
      [round.label, r.get('id')],
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
  'file',
] as const;

/**
 * Reads sources.csv: one row per source, matched to its text by `file` (a file name in the
 * sources folder), else to `<id>.txt` or `<id>.md`.
 */
export function readSourceDetails(text: string, file: string, renamed: string[] = []) {
  const read = readTable(text, {
    file,
    required: ['id'],
    optional: ['title', 'kind', 'authors', 'publisher', 'date', 'url', 'file'],
    aliases: { source: 'id', author: 'authors', link: 'url', file_name: 'file' },
  });
  const details = read.rows.map((r) => {
    const source: Partial<Source> & { id: string; rawId: string } = {
      id: idFromCell(r.get('id'), renamed),
      rawId: r.get('id'),
    };
    if (r.get('title')) source.title = r.get('title');
    if (r.get('kind')) source.kind = r.get('kind').toLowerCase() as Source['kind'];
    const authors = listCell(r.get('authors'));
    if (authors.length) source.authors = authors;
    if (r.get('publisher')) source.publisher = r.get('publisher');
    if (r.get('date')) source.date = r.get('date');
    if (r.get('url')) source.url = r.get('url');
    if (r.get('file')) source.file = r.get('file');
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
        file: 'file',
      },
    };
    return { source, origin };
  });
  return { details, problems: read.problems, warnings: read.warnings };
}
