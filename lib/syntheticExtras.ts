import { type Dataset, hasValue } from '@/lib/model';
import type { SyntheticDataset } from './synthetic';

/**
 * A generated dataset with every optional field filled somewhere, for tests that must see each
 * one survive (CSV export and import): source details, party members and colours, conditions
 * tied and untied, locators, second quotes with a speaker, a date and a reading, positions
 * without a coding note, "none" positions
 * with checked sources, a confidence, words and a quote, outcomes, dated delegations with
 * quotes, an event with two quotes, a proposal with clauses (titled, untitled, on several
 * issues), a capability with its note, and text a spreadsheet would run as a formula.
 */
export function withEveryField(generated: SyntheticDataset): SyntheticDataset {
  const d: Dataset = structuredClone(generated.dataset);
  const lines = [generated.sourceText.trimEnd()];
  const quote = (text: string) => {
    lines.push(text);
    return text;
  };
  const source = d.sources[0]!;
  Object.assign(source, {
    authors: ['A. Generated', 'B. Generated'],
    publisher: 'Generated Press (synthetic)',
    date: '2030-01',
    url: 'https://example.org/generated',
  });
  const [first, second] = d.parties;
  if (first)
    Object.assign(first, {
      colour: '#1f77b4',
      kind: 'bloc',
      members: ['=Member one', 'Member two'],
      capability: 62.5,
      capabilityNote: '=Generated estimate of weight at the table (synthetic)',
    });
  const issue = d.issues[0]!.id;
  const coded = d.positions.filter(hasValue);
  coded.forEach((p, i) => {
    if (i % 4 === 0) delete p.codingNote;
    if (i % 5 === 1)
      p.conditions = [{ text: 'Only with guarantees' }, { text: '-Tied to the next issue', issue }];
    if (i % 6 === 2) {
      p.evidence[0]!.locator = `para. ${i}`;
      p.evidence.push({
        source: source.id,
        quote: quote(`@Further quote ${i}: the same point again.`),
        attribution: 'reported',
        speaker: `=Speaker ${i}, generated minister`,
        date: i % 4 === 2 ? '2029-11' : '2029',
        dateInferred: i % 4 === 2,
        reading: Math.abs(p.value - 35),
      });
    }
    if (i % 7 === 3) {
      p.label = `-${Math.min(p.value, 9)} on the last round`;
      p.acceptable = { min: p.value, max: 100 };
    }
  });
  d.positions
    .filter((p) => p.status === 'none')
    .forEach((p, i) => {
      if (p.status !== 'none') return;
      if (i % 2 === 0) {
        p.checked = [source.id];
        p.confidence = 'medium';
      }
      if (i % 3 === 0) delete p.codingNote;
      if (i % 3 === 1) {
        p.label = 'Silent';
        p.summary = '+ Said nothing on this.';
        p.evidence = [
          {
            source: source.id,
            quote: quote(`Silence ${i}: nothing was said on it.`),
            attribution: 'reported',
            speaker: 'A generated spokesperson',
            date: '2029-12-31',
          },
        ];
      }
    });
  if (first && second)
    d.outcomes = d.rounds.map((round, i) => {
      const outcome = {
        issue,
        round: round.id,
        parties: [first.id, second.id],
        summary: `Agreed in ${round.label} (generated)`,
        evidence: [
          {
            source: source.id,
            quote: quote(`Outcome ${round.id}: both agreed.`),
            attribution: 'reported' as const,
            locator: 'end',
          },
        ],
      };
      return i % 2 === 0 ? { ...outcome, value: 40 + i } : outcome;
    });
  d.delegations = (d.delegations ?? []).map((delegation, i) =>
    i % 2 === 0
      ? {
          ...delegation,
          round: d.rounds[0]!.id,
          members: [...delegation.members, { name: 'Second delegate', role: 'Adviser' }],
          evidence: [
            {
              source: source.id,
              quote: quote(`Delegation ${i}: led by its head.`),
              attribution: 'reported' as const,
            },
          ],
        }
      : delegation,
  );
  const event = d.events[0];
  if (event)
    event.evidence.push({
      source: source.id,
      quote: quote('Second account of the first round.'),
      attribution: 'own-words',
      locator: 'p. 2',
    });
  // A generated plan with clauses: a title, none, several issues, formula-like text.
  const [secondIssue] = d.issues.slice(1);
  d.parties.push({
    id: 'generated-plan',
    name: 'Generated plan (synthetic)',
    shortName: 'Plan',
    kind: 'proposal',
    clauses: [
      {
        number: '1',
        title: '=Opening clause',
        text: quote('Clause 1: the parties agree to meet again.'),
        source: source.id,
      },
      {
        number: '2a',
        text: quote('-Clause 2a: half of the issue is settled, "at once".'),
        source: source.id,
        issues: [
          { issue, value: 50 },
          ...(secondIssue ? [{ issue: secondIssue.id, value: 12.5 }] : []),
        ],
      },
    ],
  });
  return { ...generated, dataset: d, sourceText: `${lines.join('\n')}\n` };
}
