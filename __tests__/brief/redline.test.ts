import { analyse } from '@/lib/analysis';
import { buildDeck, deckSchema, type SlideOf } from '@/lib/brief';
import { formatImportProblem } from '@/lib/csv/problems';
import type { Dataset } from '@/lib/model';
import { type SearchParams, parseViewState } from '@/lib/url/query';
import { importExampleFolder } from '../csv/exampleFolder';
import { fixtureDataset } from './fixture';

function veloria(): Dataset {
  const result = importExampleFolder('veloria-water-talks', {
    id: 'veloria-water-talks',
    title: 'Lake Veloria water talks (fictional example)',
    summary: 'A made-up negotiation over a shared lake.',
  });
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
  return result.dataset;
}

function deckFor(dataset: Dataset, params: SearchParams = {}) {
  const { state } = parseViewState(params, dataset);
  const analysis = analyse(dataset, { round: state.round, parties: state.parties, limit: 50 });
  return buildDeck(dataset, analysis, state, { version: 'abc12345' });
}

const redlines = (dataset: Dataset, params: SearchParams = {}) =>
  deckFor(dataset, params).slides.filter((s): s is SlideOf<'redline'> => s.kind === 'redline');
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

describe('the redline slide', () => {
  it('shows a proposal against the one replacing it: counts, summary and moves, all computed', () => {
    const d = veloria();
    const deck = deckFor(d, { version: 'r3' });
    expect(deckSchema.safeParse(deck).success).toBe(true);
    const [slide, ...more] = redlines(d, { version: 'r3' });
    expect(more).toEqual([]);
    expect(slide?.heading).toBe('Counter-proposal against Draft framework, clause by clause');
    expect(slide?.counts).toEqual([
      { label: 'Kept', value: 3 },
      { label: 'Changed', value: 6 },
      { label: 'Split', value: 1 },
      { label: 'Dropped', value: 2 },
      { label: 'Added', value: 2 },
    ]);
    expect(slide?.sentences.map(plain)[1]).toBe(
      'It moves all 3 issues both texts name; most on Monitoring the flow (−50, towards “Each state measures its own stretch”).',
    );
    expect(slide?.moves.map((m) => m.issue)).toEqual([
      'Monitoring the flow',
      'Pause on new dams',
      'Share of the outflow',
    ]);
    expect(slide?.more).toBe(0);
    expect(slide?.href).toBe(
      '/veloria-water-talks/proposals/draft-framework/counter-proposal?version=r3',
    );
    expect(slide?.notes.join(' ')).toMatch(/mean of the values its clauses give/);
    // After the issue slides, before the method.
    const kinds = deck.slides.map((s) => s.kind);
    expect(kinds.lastIndexOf('issue')).toBeLessThan(kinds.indexOf('redline'));
    expect(kinds.indexOf('redline')).toBeLessThan(kinds.indexOf('method'));
  });

  it('is left out when the chosen parties leave out both proposals, and where no proposal has clauses', () => {
    expect(redlines(veloria(), { parties: 'marenth,osvald' })).toEqual([]);
    expect(redlines(veloria(), { parties: 'marenth,counter-proposal' })).toHaveLength(1);
    expect(redlines(fixtureDataset())).toEqual([]);
  });
});
