import { edit, type Mutation, text } from '../bundle';

/** Huge strings and prototype keys. */
export const HOSTILE: Mutation[] = [
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
