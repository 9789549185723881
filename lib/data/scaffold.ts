import type { Dataset } from '@/lib/model';

/** The files of a new dataset: a minimal valid dataset.json, one source text and a how-to. */
export interface Scaffold {
  dataset: Dataset;
  sources: Map<string, string>;
  howto: string;
}

const QUOTE = 'Party A wants the example issue settled halfway.';

/**
 * A minimal dataset that validates: one placeholder source, party, issue and round, and one
 * position quoting the source, every text saying it is a placeholder to replace.
 */
export function scaffoldDataset(id: string, today: string): Scaffold {
  const dataset: Dataset = {
    $schema: '../dataset.schema.json',
    id,
    title: 'New negotiation (placeholder title)',
    summary: 'Placeholder: two or three sentences on who negotiates what, and where things stand.',
    asOf: today,
    sources: [
      {
        id: 'example-source',
        title: 'Example source (placeholder)',
        kind: 'analysis',
        file: 'example-source.txt',
      },
    ],
    parties: [{ id: 'party-a', name: 'Party A', shortName: 'Party A', kind: 'party-to-conflict' }],
    issues: [
      {
        id: 'example-issue',
        title: 'Example issue',
        question: 'Placeholder: the question on the table, asked so that 0 and 100 answer it.',
        scale: { zero: 'Placeholder: what 0 means', hundred: 'Placeholder: what 100 means' },
      },
    ],
    rounds: [{ id: 'round-1', label: 'Round 1', date: today }],
    positions: [
      {
        party: 'party-a',
        issue: 'example-issue',
        round: 'round-1',
        status: 'stated',
        label: 'Placeholder position',
        summary: 'Placeholder: what the party wants, in one sentence.',
        value: 50,
        confidence: 'low',
        codingNote: 'Placeholder: why this value, from the quote below.',
        evidence: [{ source: 'example-source', quote: QUOTE, attribution: 'own-words' }],
      },
    ],
    events: [],
  };
  const source = `# Example source (placeholder)\n\nReplace this file with the full text of a real source. ${QUOTE}\n`;
  const howto = `# ${id}: how to fill this dataset

This folder was made by \`npm run new-dataset -- ${id}\`. Everything in it is a placeholder.

1. Put the full text of each source in \`sources/<source-id>.txt\` and list it under "sources".
2. Replace the party, issue and round; write each issue's scale words (what 0 and 100 mean).
3. Code one position per party, issue and round: a value from 0 to 100, a label, a summary,
   a coding note and at least one verbatim quote from a source. Where the source is silent,
   use status "none": the dashboard shows "no stated position", never 0.
4. Run \`npm run validate -- data/${id}\` until it says ok; the running dashboard shows the
   dataset on the next page load.

Working from a spreadsheet? \`npm run import\` builds this folder from CSV instead.
The format is explained in docs/data-format.md.
`;
  return { dataset, sources: new Map([['example-source.txt', source]]), howto };
}
