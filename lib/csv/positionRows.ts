import {
  hasValue,
  normaliseForQuote,
  type CodedEvidence,
  type Issue,
  type Party,
  type Position,
  type Round,
} from '@/lib/model';
import {
  approximateDateCell,
  attributionCell,
  confidenceCell,
  conditionsCell,
  listCell,
  salienceCell,
  scaleCell,
  statusCell,
  yesNoCell,
  type CellResult,
} from './cells';
import { Catalogue } from './entities';
import { POSITION_COLUMNS, REQUIRED_POSITION_COLUMNS } from './positions';
import { shown, type ImportProblem, type Origin } from './problems';
import { NOT_CODED_COLUMNS } from './notCoded';
import { readTable, type TableRow } from './table';

const POSITION_FIELDS: Record<string, string> = {
  party: 'party',
  issue: 'issue',
  round: 'round',
  status: 'status',
  value: 'value',
  'acceptable.min': 'acceptable_min',
  'acceptable.max': 'acceptable_max',
  acceptable: 'acceptable_min',
  salience: 'salience',
  confidence: 'confidence',
  label: 'label',
  summary: 'summary',
  codingNote: 'coding_note',
  conditions: 'conditions',
  checked: 'checked',
  evidence: 'quote',
};
const EVIDENCE_FIELDS = {
  source: 'source',
  quote: 'quote',
  attribution: 'attribution',
  locator: 'locator',
  speaker: 'speaker',
  date: 'said_on',
  dateInferred: 'date_inferred',
  reading: 'reading',
};
// A further row's value is not among them: where it differs, it is that row's quote's reading.
const POSITION_CELLS = [
  'status',
  'acceptable_min',
  'acceptable_max',
  'salience',
  'confidence',
  'label',
  'summary',
  'coding_note',
  'conditions',
  'checked',
];
const VALUE_CELLS = ['value', 'acceptable_min', 'acceptable_max', 'salience'];

/** What the positions file refers to, and how to create what it does not find. */
export interface PositionContext {
  file: string;
  parties: Catalogue<Party>;
  issues: Catalogue<Issue>;
  rounds: Catalogue<Round>;
  /** Creates a party, issue or round from a name, or returns undefined when they come from a file. */
  create: {
    party?: (name: string, origin: Origin) => number;
    issue?: (name: string, origin: Origin) => number;
    round?: (name: string, origin: Origin) => number;
  };
  /** The source id for a reference (id, file name or title), or undefined. */
  findSource: (ref: string) => string | undefined;
}

/** Positions read from positions.csv, with where each came from. */
export interface PositionRows {
  positions: Position[];
  origins: Origin[];
  evidenceOrigins: Origin[][];
  problems: ImportProblem[];
  warnings: string[];
}

/** Reads positions.csv: one position per round × party × issue; repeated keys add quotes. */
export function readPositions(text: string, ctx: PositionContext): PositionRows {
  const read = readTable(text, {
    file: ctx.file,
    required: REQUIRED_POSITION_COLUMNS,
    optional: POSITION_COLUMNS.filter(
      (c) => !(REQUIRED_POSITION_COLUMNS as readonly string[]).includes(c),
    ),
    refusedWhenFilled: NOT_CODED_COLUMNS,
  });
  const out: PositionRows = {
    positions: [],
    origins: [],
    evidenceOrigins: [],
    problems: read.problems,
    warnings: read.warnings,
  };
  if (read.problems.length) return out;
  out.problems.push(...read.refused);
  const problem = (row: number, column: string, message: string) =>
    out.problems.push({ file: ctx.file, row, column, message });
  const cell = <T>(
    r: TableRow,
    column: string,
    parse: (t: string) => CellResult<T>,
  ): T | undefined => {
    const result = parse(r.get(column));
    if (result.ok) return result.value;
    problem(r.row, column, result.message);
    return undefined;
  };
  const resolve = (
    r: TableRow,
    column: 'party' | 'issue' | 'round',
    catalogue: Catalogue<{ id: string }>,
  ): string | undefined => {
    const ref = r.get(column);
    if (ref === '') {
      problem(r.row, column, 'is empty');
      return undefined;
    }
    const found = catalogue.find(ref);
    if (found !== undefined) return catalogue.items[found]?.id;
    const create = ctx.create[column];
    if (create) return catalogue.items[create(ref, { file: ctx.file, row: r.row, column })]?.id;
    problem(
      r.row,
      column,
      `${shown(ref)} is not a ${column} in ${column === 'party' ? 'parties' : `${column}s`}.csv (by id or name)`,
    );
    return undefined;
  };

  const groups = new Map<string, { index: number; first: TableRow; quotes: Map<string, number> }>();
  let unattributed = 0;
  const halfOpen: string[] = [];
  const readingRows: string[] = [];
  for (const r of read.rows) {
    const round = resolve(r, 'round', ctx.rounds);
    const party = resolve(r, 'party', ctx.parties);
    const issue = resolve(r, 'issue', ctx.issues);
    if (!round || !party || !issue) continue;
    const key = `${round}\u0000${party}\u0000${issue}`;
    const quoteKey = `${r.get('source')}\u0000${normaliseForQuote(r.get('quote'))}`;
    let group = groups.get(key);
    /** The reading a further row's own value gives its quote, when that value differs from the cell's. */
    let readingFromValue: number | undefined;
    if (group) {
      const seen = group.quotes.get(quoteKey);
      if (seen !== undefined) {
        problem(
          r.row,
          'quote',
          `repeats row ${seen}: the same round, party, issue${r.get('quote') ? ' and quote' : ', and no further quote'}`,
        );
        continue;
      }
      for (const column of POSITION_CELLS) {
        const value = r.get(column);
        if (value !== '' && value !== group.first.get(column))
          problem(
            r.row,
            column,
            `${shown(value)} differs from row ${group.first.row}, which gives the same round, party and issue; further rows of one position may only add quotes`,
          );
      }
      readingFromValue = furtherValue(r, group.first, group.index);
    } else {
      const position = buildPosition(r, { round, party, issue });
      if (!position) continue;
      group = { index: out.positions.length, first: r, quotes: new Map() };
      groups.set(key, group);
      out.positions.push(position);
      out.origins.push({ file: ctx.file, row: r.row, columns: POSITION_FIELDS });
      out.evidenceOrigins.push([]);
    }
    group.quotes.set(quoteKey, r.row);
    if (r.get('source') === '' && r.get('quote') === '') continue;
    const position = out.positions[group.index];
    if (!position) continue;
    const ref = r.get('source');
    const evidence: CodedEvidence = {
      source: ctx.findSource(ref) ?? ref,
      quote: r.get('quote'),
      attribution: cell(r, 'attribution', attributionCell) ?? 'reported',
    };
    if (!r.get('attribution')) unattributed += 1;
    if (r.get('locator')) evidence.locator = r.get('locator');
    if (r.get('speaker')) evidence.speaker = r.get('speaker');
    const saidOn = cell(r, 'said_on', approximateDateCell);
    if (saidOn !== undefined) evidence.date = saidOn;
    const inferred = cell(r, 'date_inferred', yesNoCell);
    if (inferred !== undefined) evidence.dateInferred = inferred;
    const reading = readingOf(r, position, readingFromValue);
    if (reading !== undefined) evidence.reading = reading;
    position.evidence = [...(position.evidence ?? []), evidence];
    out.evidenceOrigins[group.index]?.push({
      file: ctx.file,
      row: r.row,
      columns: EVIDENCE_FIELDS,
    });
  }
  // Conditions may name issues first met further down the file, so they are read last.
  for (const group of groups.values()) {
    const position = out.positions[group.index];
    const checked = listCell(group.first.get('checked'));
    if (position?.status === 'none' && checked.length)
      position.checked = checked.map((ref) => ctx.findSource(ref) ?? ref);
    else if (checked.length)
      problem(
        group.first.row,
        'checked',
        'is only for status none: it names the sources read and found silent',
      );
    const text = group.first.get('conditions');
    if (!position || text === '') continue;
    if (!hasValue(position)) {
      if (position.status === 'withdrawn')
        problem(group.first.row, 'conditions', 'must be empty: a withdrawn position has none');
      continue;
    }
    const conditions = conditionsCell(text, (ref) => {
      const i = ctx.issues.find(ref);
      return i === undefined ? undefined : ctx.issues.items[i]?.id;
    });
    for (const ref of conditions.unknown)
      problem(group.first.row, 'conditions', `${shown(ref)} is not an issue (by id or name)`);
    position.conditions = conditions.conditions;
  }
  if (halfOpen.length)
    out.warnings.push(
      `${ctx.file}: acceptable range given at one end only, read as open at the other: ${halfOpen.join(', ')}`,
    );
  if (readingRows.length)
    out.warnings.push(
      `${ctx.file}: further rows of a position give another value, read as the reading of their quote (the value that quote alone supports; the position keeps the value of its first row): ${readingRows.join(', ')}`,
    );
  if (unattributed)
    out.warnings.push(
      `${ctx.file}: ${unattributed} ${unattributed === 1 ? 'quote has' : 'quotes have'} no attribution; marked "reported" (use "own-words" where the quote is the party's own words)`,
    );
  return out;

  /**
   * A further row's value, when it is a number other than the value of the position's first row:
   * the reading of that row's quote. Undefined when it repeats the value, is empty, or is not
   * wanted (a silent or withdrawn position, whose rows say so with their own problems).
   */
  function furtherValue(r: TableRow, first: TableRow, index: number): number | undefined {
    const position = out.positions[index];
    const text = r.get('value');
    if (text === '' || !hasValue(position)) {
      if (text !== '' && text !== first.get('value'))
        problem(
          r.row,
          'value',
          `${shown(text)} differs from row ${first.row}, which gives the same round, party and issue; a ${position?.status ?? ''} position has no value`,
        );
      return undefined;
    }
    const value = cell(r, 'value', scaleCell);
    if (value === undefined || value === position.value) return undefined;
    if (r.get('source') === '' && r.get('quote') === '') {
      problem(
        r.row,
        'value',
        `${shown(text)} differs from row ${first.row}, which gives the same round, party and issue; a further row's value is read as its quote's reading, and this row has no quote`,
      );
      return undefined;
    }
    return value;
  }

  /** The reading of a row's quote: its reading cell, else the value a further row gives. */
  function readingOf(
    r: TableRow,
    position: Position,
    fromValue: number | undefined,
  ): number | undefined {
    if (r.get('reading') === '') {
      if (fromValue !== undefined)
        readingRows.push(
          `row ${r.row} (its quote reads ${fromValue}; the position is ${hasValue(position) ? position.value : ''})`,
        );
      return fromValue;
    }
    if (!hasValue(position)) {
      problem(
        r.row,
        'reading',
        `must be empty: a ${position.status} position has no value for its quotes to read differently`,
      );
      return undefined;
    }
    const reading = cell(r, 'reading', scaleCell);
    if (reading !== undefined && fromValue !== undefined && reading !== fromValue)
      problem(
        r.row,
        'reading',
        `${shown(r.get('reading'))} differs from this row's value ${shown(r.get('value'))}; a further row's value is read as its quote's reading, so give one of them, or the same number in both`,
      );
    return reading;
  }

  function buildPosition(
    r: TableRow,
    keys: { round: string; party: string; issue: string },
  ): Position | undefined {
    const status = cell(r, 'status', statusCell);
    if (!status) return undefined;
    if (status === 'withdrawn') {
      for (const column of VALUE_CELLS)
        if (r.get(column) !== '')
          problem(
            r.row,
            column,
            `must be empty: status withdrawn means the party no longer holds a position, so there is no ${column.replace('_', ' ')}`,
          );
      const confidence = cell(r, 'confidence', confidenceCell);
      const dropped: Position = {
        ...keys,
        status,
        label: r.get('label'),
        summary: r.get('summary'),
        confidence: confidence ?? ('' as 'high'),
        evidence: [],
      };
      if (r.get('coding_note')) dropped.codingNote = r.get('coding_note');
      return dropped;
    }
    if (status === 'none') {
      for (const column of VALUE_CELLS)
        if (r.get(column) !== '')
          problem(
            r.row,
            column,
            `must be empty: status none means the source states no position, so there is no ${column.replace('_', ' ')}`,
          );
      const none: Position = { ...keys, status };
      if (r.get('label')) none.label = r.get('label');
      if (r.get('summary')) none.summary = r.get('summary');
      const sure = cell(r, 'confidence', confidenceCell);
      if (sure) none.confidence = sure;
      if (r.get('coding_note')) none.codingNote = r.get('coding_note');
      return none;
    }
    let min = cell(r, 'acceptable_min', scaleCell);
    let max = cell(r, 'acceptable_max', scaleCell);
    // A range given at one end only is open at the other: min up to 100, or 0 up to max.
    if (min !== undefined && max === undefined && r.get('acceptable_max') === '') {
      max = 100;
      halfOpen.push(`row ${r.row} (${min} up to 100)`);
    } else if (max !== undefined && min === undefined && r.get('acceptable_min') === '') {
      min = 0;
      halfOpen.push(`row ${r.row} (0 up to ${max})`);
    }
    const value = cell(r, 'value', scaleCell);
    if (value === undefined && r.get('value') === '')
      problem(r.row, 'value', `is empty; a ${status} position needs a number from 0 to 100`);
    const salience = cell(r, 'salience', salienceCell);
    const confidence = cell(r, 'confidence', confidenceCell);
    const coded = {
      ...keys,
      status,
      label: r.get('label'),
      summary: r.get('summary'),
      value: value ?? NaN,
      confidence: confidence ?? ('' as 'high'),
      evidence: [] as CodedEvidence[],
    };
    const position: Position = coded;
    if (r.get('coding_note')) position.codingNote = r.get('coding_note');
    if (min !== undefined && max !== undefined) position.acceptable = { min, max };
    if (salience !== undefined) position.salience = salience;
    return position;
  }
}
