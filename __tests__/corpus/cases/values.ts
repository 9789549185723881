import { edit, type Mutation, NOT_IN_SCALE, text } from '../bundle';

/** Values out of range and bad identifiers. */
export const VALUES: Mutation[] = [
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
];
