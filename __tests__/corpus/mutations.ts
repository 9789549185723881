import fs from 'node:fs';
import path from 'node:path';
import { MAX_FILE_BYTES } from '@/lib/data/limits';

/** A dataset folder's contents: the text of dataset.json and of each source file. */
export interface Bundle {
  json: string;
  sources: Map<string, string>;
}

/** One way to break the bundled dataset, and the path its first problem must name. */
export interface Mutation {
  /** Short kebab-case name, also used as the folder name of the broken dataset. */
  name: string;
  apply: (bundle: Bundle) => Bundle;
  /** The exact JSON path (or file) the first problem names; '' for the file as a whole. */
  path: string;
  /** What the message must say. */
  message: RegExp;
  /** Files to make larger than they are, by sparse truncation (too big to keep in memory). */
  oversize?: string;
}

const BUNDLED_DIR = path.resolve(__dirname, '../../data/istanbul-2025');
/** The id of the bundled dataset the corpus mutates. */
export const BUNDLED_ID = 'istanbul-2025';
const SOURCE = 'pism-istanbul-2025.txt';

/** The bundled dataset as read from disk. */
export function bundled(): Bundle {
  const sources = new Map<string, string>();
  for (const file of fs.readdirSync(path.join(BUNDLED_DIR, 'sources'))) {
    sources.set(file, fs.readFileSync(path.join(BUNDLED_DIR, 'sources', file), 'utf8'));
  }
  return { json: fs.readFileSync(path.join(BUNDLED_DIR, 'dataset.json'), 'utf8'), sources };
}

/** Writes a bundle as a dataset folder, `<root>/<id>/`. */
export function writeBundle(root: string, id: string, bundle: Bundle, oversize?: string): string {
  const dir = path.join(root, id);
  fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'dataset.json'), bundle.json);
  for (const [file, text] of bundle.sources) {
    fs.writeFileSync(path.join(dir, 'sources', file), text);
  }
  if (oversize) fs.truncateSync(path.join(dir, oversize), MAX_FILE_BYTES + 1024 * 1024);
  return dir;
}

// The parsed dataset is edited as loose JSON on purpose: the point is to make it wrong.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A mutation of the parsed JSON, written back as text. */
const edit =
  (change: (d: Json) => void) =>
  (b: Bundle): Bundle => {
    const d = JSON.parse(b.json) as Json;
    change(d);
    return { ...b, json: JSON.stringify(d, null, 2) };
  };

/** A mutation of the raw text of dataset.json. */
const text =
  (change: (json: string) => string) =>
  (b: Bundle): Bundle => ({ ...b, json: change(b.json) });

/** Sets the id of the edited dataset to the folder it will be written to. */
const withId = (id: string, m: Omit<Mutation, 'name'> & { name: string }): Mutation => ({
  ...m,
  apply: (b) => {
    const out = m.apply(b);
    try {
      const d = JSON.parse(out.json) as Json;
      if (d && typeof d === 'object' && !Array.isArray(d) && d.id === BUNDLED_ID) {
        d.id = id;
        return { ...out, json: JSON.stringify(d, null, 2) };
      }
    } catch {
      // broken JSON stays as it is
    }
    return out;
  },
});

const NOT_IN_SCALE = /must be a number from 0 to 100/;
const DANGLING = /which is not defined in this dataset/;

const RAW: Mutation[] = [
  // The file as a whole
  {
    name: 'trailing-comma',
    apply: text((j) => j.replace(/\n}\s*$/, ',\n}\n')),
    path: '',
    message: /^dataset\.json is not valid JSON at line \d+, column \d+/,
  },
  {
    name: 'truncated-file',
    apply: text((j) => j.slice(0, Math.floor(j.length / 2))),
    path: '',
    message: /^dataset\.json is not valid JSON/,
  },
  {
    name: 'empty-file',
    apply: text(() => ''),
    path: '',
    message: /^dataset\.json is not valid JSON/,
  },
  { name: 'top-level-list', apply: text(() => '[]'), path: '', message: /must be an object/ },
  { name: 'top-level-null', apply: text(() => 'null'), path: '', message: /must be an object/ },
  {
    name: 'deep-nesting',
    apply: text(() => '['.repeat(100000) + ']'.repeat(100000)),
    path: '',
    message: /must be an object|not valid JSON/,
  },
  {
    name: 'oversize-file',
    apply: (b) => b,
    oversize: 'dataset.json',
    path: '',
    message: /^dataset\.json is 26\.0 MB, over the 25 MB limit for a dataset file$/,
  },
  {
    name: 'oversize-source',
    apply: (b) => b,
    oversize: `sources/${SOURCE}`,
    path: `sources/${SOURCE}`,
    message: /^file is 26\.0 MB, over the 25 MB limit/,
  },
  // Missing fields and wrong types
  {
    name: 'missing-title',
    apply: edit((d) => delete d.title),
    path: 'title',
    message: /^is required but missing$/,
  },
  {
    name: 'missing-positions',
    apply: edit((d) => delete d.positions),
    path: 'positions',
    message: /^is required but missing$/,
  },
  {
    name: 'missing-coding-note',
    apply: edit((d) => delete d.positions[5].codingNote),
    path: 'positions[5].codingNote',
    message: /^is required but missing$/,
  },
  {
    name: 'title-is-number',
    apply: edit((d) => (d.title = 42)),
    path: 'title',
    message: /must be text/,
  },
  {
    name: 'parties-not-a-list',
    apply: edit((d) => (d.parties = { ukraine: 'Ukraine' })),
    path: 'parties',
    message: /must be a list, not an object/,
  },
  {
    name: 'value-is-text',
    apply: edit((d) => (d.positions[0].value = '100')),
    path: 'positions[0].value',
    message: NOT_IN_SCALE,
  },
  {
    name: 'empty-name',
    apply: edit((d) => (d.parties[2].name = '')),
    path: 'parties[2].name',
    message: /must not be empty/,
  },
  {
    name: 'unknown-status',
    apply: edit((d) => (d.positions[3].status = 'maybe')),
    path: 'positions[3].status',
    message: /"stated".*"inferred".*"none"/,
  },
  {
    name: 'unknown-party-kind',
    apply: edit((d) => (d.parties[0].kind = 'superpower')),
    path: 'parties[0].kind',
    message: /must be one of/,
  },
  // A misspelt optional field would otherwise be dropped without a word
  {
    name: 'misspelt-optional-field',
    apply: edit((d) => {
      const evidence = d.positions[0].evidence[0];
      evidence.loctor = evidence.locator;
      delete evidence.locator;
    }),
    path: 'positions[0].evidence[0]',
    message: /^has unknown field "loctor"$/,
  },
  {
    name: 'unknown-top-level-field',
    apply: edit((d) => (d.partys = [])),
    path: '',
    message: /^has unknown field "partys"$/,
  },
  // Out-of-range values
  {
    name: 'value-over-100',
    apply: edit((d) => (d.positions[1].value = 101)),
    path: 'positions[1].value',
    message: NOT_IN_SCALE,
  },
  {
    name: 'value-negative',
    apply: edit((d) => (d.positions[4].value = -1)),
    path: 'positions[4].value',
    message: NOT_IN_SCALE,
  },
  {
    name: 'value-infinite',
    apply: text((j) => j.replace(/"value": 90,/, '"value": 1e999,')),
    path: 'positions[11].value',
    message: NOT_IN_SCALE,
  },
  {
    name: 'salience-six',
    apply: edit((d) => (d.positions[1].salience = 6)),
    path: 'positions[1].salience',
    message: /whole number from 1 to 5/,
  },
  {
    name: 'salience-fraction',
    apply: edit((d) => (d.positions[10].salience = 2.5)),
    path: 'positions[10].salience',
    message: /whole number from 1 to 5/,
  },
  {
    name: 'range-reversed',
    apply: edit((d) => (d.positions[8].acceptable = { min: 90, max: 40 })),
    path: 'positions[8].acceptable.min',
    message: /min must not be greater than max/,
  },
  {
    name: 'value-outside-range',
    apply: edit((d) => (d.positions[8].acceptable = { min: 0, max: 60 })),
    path: 'positions[8].value',
    message: /outside the acceptable range 0-60/,
  },
  {
    name: 'impossible-date',
    apply: edit((d) => (d.asOf = '2025-02-30')),
    path: 'asOf',
    message: /YYYY-MM-DD/,
  },
  {
    name: 'date-in-words',
    apply: edit((d) => (d.rounds[0].date = '16 May 2025')),
    path: 'rounds[0].date',
    message: /YYYY-MM-DD/,
  },
  {
    name: 'colour-by-name',
    apply: edit((d) => (d.parties[1].colour = 'red')),
    path: 'parties[1].colour',
    message: /#rrggbb/,
  },
  // Identifiers
  {
    name: 'id-with-capitals',
    apply: edit((d) => (d.parties[0].id = 'Ukraine')),
    path: 'parties[0].id',
    message: /lowercase letters/,
  },
  {
    name: 'id-not-folder-name',
    apply: edit((d) => (d.id = 'somewhere-else')),
    path: 'id',
    message: /must match the folder name/,
  },
  {
    name: 'duplicate-party',
    apply: edit((d) => d.parties.push({ ...d.parties[1] })),
    path: 'parties[5].id',
    message: /repeats the id of parties\[1\]/,
  },
  {
    name: 'duplicate-issue',
    apply: edit((d) => (d.issues[3].id = d.issues[0].id)),
    path: 'issues[3].id',
    message: /repeats the id of issues\[0\]/,
  },
  {
    name: 'duplicate-cell',
    apply: edit((d) => d.positions.push({ ...d.positions[2] })),
    path: 'positions[76]',
    message: /second position for party "ukraine", issue "sequencing"/,
  },
  // Dangling references
  {
    name: 'dangling-party',
    apply: edit((d) => (d.positions[0].party = 'atlantis')),
    path: 'positions[0].party',
    message: DANGLING,
  },
  {
    name: 'dangling-issue',
    apply: edit((d) => (d.positions[6].issue = 'weather')),
    path: 'positions[6].issue',
    message: DANGLING,
  },
  {
    name: 'dangling-round',
    apply: edit((d) => (d.positions[9].round = 'geneva-2026')),
    path: 'positions[9].round',
    message: DANGLING,
  },
  {
    name: 'dangling-source',
    apply: edit((d) => (d.positions[0].evidence[0].source = 'rumour')),
    path: 'positions[0].evidence[0].source',
    message: DANGLING,
  },
  {
    name: 'dangling-condition',
    apply: edit((d) => (d.positions[2].conditions[0].issue = 'weather')),
    path: 'positions[2].conditions[0].issue',
    message: DANGLING,
  },
  {
    name: 'dangling-outcome-party',
    apply: edit((d) => (d.outcomes[0].parties[1] = 'atlantis')),
    path: 'outcomes[0].parties[1]',
    message: DANGLING,
  },
  {
    name: 'dangling-delegation',
    apply: edit((d) => (d.delegations[0].party = 'atlantis')),
    path: 'delegations[0].party',
    message: DANGLING,
  },
  // Quotes and sources
  {
    name: 'quote-not-in-source',
    apply: edit((d) => (d.positions[0].evidence[0].quote = 'Ukraine will never negotiate.')),
    path: 'positions[0].evidence[0].quote',
    message: /not found verbatim in source "pism-istanbul-2025"/,
  },
  {
    name: 'quote-edited-one-word',
    apply: edit((d) => {
      const e = d.events[0].evidence[0];
      e.quote = String(e.quote).replace('ceasefire', 'truce');
    }),
    path: 'events[0].evidence[0].quote',
    message: /not found verbatim/,
  },
  {
    name: 'source-file-missing',
    apply: (b) => ({ ...b, sources: new Map() }),
    path: 'sources[0].file',
    message: /names a file that is not in the sources folder/,
  },
  {
    name: 'source-file-traversal',
    apply: edit((d) => (d.sources[0].file = '../../../etc/passwd')),
    path: 'sources[0].file',
    message: /plain file name/,
  },
  {
    name: 'source-url-javascript',
    apply: edit((d) => (d.sources[0].url = 'javascript:alert(1)')),
    path: 'sources[0].url',
    message: /http:\/\/ or https:\/\//,
  },
  {
    name: 'coded-without-evidence',
    apply: edit((d) => (d.positions[3].evidence = [])),
    path: 'positions[3].evidence',
    message: /at least one quote/,
  },
  // Huge strings
  {
    name: 'huge-summary',
    apply: edit((d) => (d.summary = 'x'.repeat(2_000_000))),
    path: 'summary',
    message: /must be at most 20,000 characters/,
  },
  {
    name: 'huge-party-name',
    apply: edit((d) => (d.parties[0].name = 'Ukraine '.repeat(10_000))),
    path: 'parties[0].name',
    message: /must be at most 300 characters/,
  },
  {
    name: 'huge-label',
    apply: edit((d) => (d.positions[0].label = 'L'.repeat(91))),
    path: 'positions[0].label',
    message: /must be at most 90 characters/,
  },
  {
    name: 'huge-quote',
    apply: edit((d) => (d.positions[0].evidence[0].quote = 'q'.repeat(5001))),
    path: 'positions[0].evidence[0].quote',
    message: /must be at most 5,000 characters/,
  },
  {
    name: 'huge-list',
    apply: edit((d) => {
      for (let i = 0; i < 2001; i += 1) d.parties[3].members.push(`Member ${i}`);
    }),
    path: 'parties[3].members',
    message: /must have at most 1,000 entries/,
  },
  // Prototype keys
  {
    name: 'proto-key-top',
    apply: text((j) => j.replace('{', '{\n  "__proto__": { "polluted": true },')),
    path: '__proto__',
    message: /is not allowed as a field name/,
  },
  {
    name: 'proto-key-nested',
    apply: text((j) =>
      j.replace('{ "id": "russia",', '{ "__proto__": { "isAdmin": true }, "id": "russia",'),
    ),
    path: 'parties[1].__proto__',
    message: /is not allowed as a field name/,
  },
  {
    name: 'constructor-key',
    apply: text((j) =>
      j.replace('"scale": {', '"constructor": { "prototype": { "x": 1 } }, "scale": {'),
    ),
    path: 'issues[0].constructor',
    message: /is not allowed as a field name/,
  },
];

/** At least thirty ways to break the bundled dataset, each with the path its error must name. */
export const MUTATIONS: readonly Mutation[] = RAW.map((m) => withId(`bad-${m.name}`, m));
