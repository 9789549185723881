import { type CodedEvidence, type Dataset, hasValue, type Position } from '@/lib/model';
import { toCsv } from './write';

/** The columns a positions CSV must have; every other column may be left out. */
export const REQUIRED_POSITION_COLUMNS = ['round', 'party', 'issue', 'status'] as const;

/**
 * The columns of a positions CSV, in the order the export writes them; the importer reads the
 * same names. `conditions` holds one condition a line ("[issue-id] text" when tied to another
 * issue); `checked` lists the sources read for a "none" row, separated by ";". `speaker`,
 * `said_on` (YYYY, YYYY-MM or YYYY-MM-DD), `date_inferred` (yes or no) and `reading` (0-100)
 * belong to the row's quote.
 */
export const POSITION_COLUMNS = [
  ...REQUIRED_POSITION_COLUMNS,
  'value',
  'acceptable_min',
  'acceptable_max',
  'salience',
  'confidence',
  'label',
  'summary',
  'coding_note',
  'source',
  'quote',
  'attribution',
  'locator',
  'speaker',
  'said_on',
  'date_inferred',
  'reading',
  'conditions',
  'checked',
] as const;

/** A position's conditions as one cell: one a line, "[issue-id] text" when tied to an issue. */
export function conditionsCell(position: Position): string | undefined {
  if (!hasValue(position) || !position.conditions?.length) return undefined;
  return position.conditions.map((c) => (c.issue ? `[${c.issue}] ${c.text}` : c.text)).join('\n');
}

/** One coded cell: a party's position on an issue in a round. */
export interface PositionKey {
  party: string;
  issue: string;
  round: string;
}

/**
 * Which positions to export; absent lists mean all. `cells`, when given, keeps exactly those
 * party × issue × round keys and writes them in its order (the matrix's order) instead of the
 * dataset's.
 */
export interface PositionFilter {
  parties?: readonly string[];
  issues?: readonly string[];
  rounds?: readonly string[];
  cells?: readonly PositionKey[];
}

function keyOf(p: PositionKey): string {
  return `${p.round}\u0000${p.party}\u0000${p.issue}`;
}

function inCellOrder(positions: readonly Position[], cells: readonly PositionKey[]): Position[] {
  const byKey = new Map<string, Position[]>();
  for (const p of positions) {
    const list = byKey.get(keyOf(p));
    if (list) list.push(p);
    else byKey.set(keyOf(p), [p]);
  }
  return [...new Set(cells.map(keyOf))].flatMap((key) => byKey.get(key) ?? []);
}

function rowsOf(position: Position): (string | number | undefined)[][] {
  const coded = hasValue(position) ? position : undefined;
  const base = [
    position.round,
    position.party,
    position.issue,
    position.status,
    coded?.value,
    coded?.acceptable?.min,
    coded?.acceptable?.max,
    coded?.salience,
    position.confidence,
    position.label,
    position.summary,
    position.codingNote,
  ];
  const evidence = position.evidence ?? [];
  const tail = [
    conditionsCell(position),
    position.status === 'none' ? position.checked?.join('; ') : undefined,
  ];
  if (evidence.length === 0) return [[...base, ...Array<undefined>(QUOTE_CELLS), ...tail]];
  // Several quotes for one position: further rows repeat the keys, as the importer expects.
  return evidence.map((e: CodedEvidence) => [
    ...base,
    e.source,
    e.quote,
    e.attribution,
    e.locator,
    e.speaker,
    e.date,
    e.dateInferred === undefined ? undefined : e.dateInferred ? 'yes' : 'no',
    e.reading,
    ...tail,
  ]);
}

/** Cells of a quote on its row: source, quote, attribution, locator, speaker, said_on, date_inferred, reading. */
const QUOTE_CELLS = 8;

/**
 * The position matrix as CSV: one row per party × issue × round (several rows when a position
 * has several quotes), in dataset order unless `filter.cells` gives one. Events, outcomes,
 * delegations and source details have files of their own (see `lib/csv/records.ts`).
 */
export function positionsToCsv(dataset: Dataset, filter: PositionFilter = {}): string {
  const keep = (list: readonly string[] | undefined, id: string) => !list || list.includes(id);
  const positions = filter.cells ? inCellOrder(dataset.positions, filter.cells) : dataset.positions;
  const rows = positions
    .filter(
      (p) =>
        keep(filter.parties, p.party) &&
        keep(filter.issues, p.issue) &&
        keep(filter.rounds, p.round),
    )
    .flatMap(rowsOf);
  return toCsv(POSITION_COLUMNS, rows);
}
