import { edit, type Mutation, NOT_IN_SCALE, SOURCE, text } from '../bundle';

/** Broken files, missing fields, wrong types and unknown fields. */
export const STRUCTURE: Mutation[] = [
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
    name: 'empty-coding-note',
    apply: edit((d) => (d.positions[5].codingNote = '')),
    path: 'positions[5].codingNote',
    message: /^must not be empty$/,
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
];
