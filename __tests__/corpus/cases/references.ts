import { DANGLING, edit, type Mutation } from '../bundle';

/** References to nothing, and quotes or sources that do not match. */
export const REFERENCES: Mutation[] = [
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
];
