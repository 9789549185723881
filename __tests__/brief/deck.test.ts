import { analyse } from '@/lib/analysis';
import {
  buildDeck,
  deckSchema,
  ISSUE_ROWS,
  MATRIX_PARTIES,
  type Slide,
  type SlideOf,
} from '@/lib/brief';
import type { Dataset } from '@/lib/model';
import { type SearchParams, parseViewState } from '@/lib/url/query';
import { type FixtureOptions, fixtureDataset } from './fixture';

function deckFor(dataset: Dataset, params: SearchParams = {}) {
  const { state } = parseViewState(params, dataset);
  const analysis = analyse(dataset, { round: state.round, parties: state.parties, limit: 50 });
  return buildDeck(dataset, analysis, state, { version: 'abc12345' });
}

function deck(options: FixtureOptions = {}, params: SearchParams = {}) {
  return deckFor(fixtureDataset(options), params);
}

const kinds = (slides: Slide[]) => slides.map((s) => s.kind);
const ofKind = <K extends Slide['kind']>(slides: Slide[], kind: K) =>
  slides.filter((s): s is SlideOf<K> => s.kind === kind);

describe('buildDeck', () => {
  it('opens with the title and closes with method and sources, in presenting order', () => {
    const { slides } = deck({ rounds: 2, delegations: true });
    expect(deckSchema.safeParse(deck()).success).toBe(true);
    expect([...new Set(kinds(slides))]).toEqual([
      'title',
      'standings',
      'gaps',
      'what-it-takes',
      'agreement',
      'issue',
      'shifts',
      'timeline',
      'delegations',
      'demands',
      'method',
    ]);
  });

  it('leads each gaps row with how far apart the positions are, the range gap beside it', () => {
    const plain = fixtureDataset({ parties: 3, issues: 1 });
    // p1 at 0 (could accept 0–10), p2 at 20, p3 at 40.
    const ranged = {
      ...plain,
      positions: plain.positions.map((p) =>
        p.party === 'p1' && p.status === 'stated' ? { ...p, acceptable: { min: 0, max: 10 } } : p,
      ),
    };
    const slides = deckFor(ranged).slides;
    const [gaps] = ofKind(slides, 'gaps');
    expect(gaps?.rows.map((r) => [r.a.id, r.b.id, r.gap, r.width])).toEqual([
      ['p1', 'p3', 'positions 40 apart; acceptable ranges 30 apart', '40%'],
      ['p1', 'p2', 'positions 20 apart; acceptable ranges 10 apart', '20%'],
      ['p2', 'p3', 'positions 20 apart', '20%'],
    ]);
    const [agreement] = ofKind(slides, 'agreement');
    expect(agreement?.rows.map((r) => r.why)).toEqual([
      'Close, within 10 points (acceptable ranges, where given): p1–p2 (positions 20 apart; acceptable ranges 10 apart)',
    ]);
  });

  it('has no shifts slide with one round', () => {
    expect(kinds(deck({ rounds: 1 }).slides)).not.toContain('shifts');
  });

  it('has a shifts slide with two rounds and moves, naming who moved which way', () => {
    const shifts = ofKind(deck({ rounds: 2 }).slides, 'shifts');
    expect(shifts).toHaveLength(1);
    expect(shifts[0]!.rows[0]).toMatchObject({ move: '0 → 10 (+10)', towards: 'towards “fully”' });
  });

  it('has no delegations slide without delegations, and one with them', () => {
    expect(kinds(deck({ delegations: false }).slides)).not.toContain('delegations');
    const [slide] = ofKind(deck({ delegations: true }).slides, 'delegations');
    expect(slide?.groups[0]?.members).toEqual([{ name: 'A. Envoy', role: 'head' }]);
  });

  it('takes the issues, and their order, from the URL', () => {
    const { slides } = deck({ issues: 4 }, { issues: 'i3,i1' });
    expect(ofKind(slides, 'issue').map((s) => s.issue)).toEqual(['i3', 'i1']);
    const [standings] = ofKind(slides, 'standings');
    expect(standings?.rows.map((r) => r.issue)).toEqual(['i3', 'i1']);
  });

  it('takes the parties, and their order, from the URL', () => {
    const { slides } = deck({ parties: 4 }, { parties: 'p3,p1' });
    const [issue] = ofKind(slides, 'issue');
    expect(issue?.rows.map((r) => r.party.id)).toEqual(['p3', 'p1']);
  });

  it('splits big sections into continued slides, none over its limits', () => {
    const { slides } = deck({ parties: 12, issues: 40 });
    const standings = ofKind(slides, 'standings');
    expect(standings.length).toBeGreaterThan(3);
    expect(standings[1]?.heading).toBe('Where they stand (continued)');
    expect(standings.every((s) => s.parties.length <= MATRIX_PARTIES)).toBe(true);
    const first = ofKind(slides, 'issue').filter((s) => s.issue === 'i1');
    expect(first.length).toBeGreaterThan(1);
    expect(first.map((s) => s.continued)).toEqual([false, ...first.slice(1).map(() => true)]);
    expect(first.flatMap((s) => s.rows)).toHaveLength(12);
    expect(first.every((s) => s.rows.length <= ISSUE_ROWS.maxItems)).toBe(true);
    expect(deckSchema.safeParse(deck({ parties: 12, issues: 40 })).success).toBe(true);
  });

  it('puts the version on the last slide and in the footer every slide carries', () => {
    const built = deck();
    expect(built.footer).toBe('Data as of 19 May 2025 · version abc12345 · Source: A note');
    const last = built.slides.at(-1);
    expect(last?.kind === 'method' && last.version).toBe(
      'Data as of 19 May 2025 · version abc12345',
    );
  });

  it('never puts a party with no stated position on the strip', () => {
    const [issue] = ofKind(deck({ parties: 3, silent: [1] }).slides, 'issue');
    expect(issue?.markers.map((m) => m.party.id)).toEqual(['p1', 'p3']);
    expect(issue?.stripText).toBe('Party p1 0, Party p3 40 (of 100); no stated position: Party p2');
    expect(issue?.rows[1]).toMatchObject({ label: 'No stated position', known: false });
  });

  it('carries coding notes as speaker notes', () => {
    const [issue] = ofKind(deck().slides, 'issue');
    expect(issue?.notes[0]).toBe('Party p1: Note for p1 on i1 in r1.');
  });

  it('opens on the URL slide, clamped to the deck with a notice', () => {
    expect(deck({}, { slide: '3' }).current).toBe(3);
    const far = deck({}, { slide: '999' });
    expect(far.current).toBe(far.slides.length);
    expect(far.notices).toEqual([
      `This deck has ${far.slides.length} slides; showing the last one.`,
    ]);
  });
});

describe('agreement slides', () => {
  it('gives one row per recorded outcome, naming all its parties', () => {
    const dataset = fixtureDataset({ parties: 3 });
    const outcome = {
      issue: 'i1',
      round: 'r1',
      parties: ['p3', 'p1', 'p2'],
      summary: 'All three agreed.',
      evidence: [{ source: 'note', quote: 'They said so.', attribution: 'reported' as const }],
    };
    const [slide] = ofKind(deckFor({ ...dataset, outcomes: [outcome] }).slides, 'agreement');
    expect(slide?.rows[0]).toMatchObject({ issue: 'Issue i1', why: 'Agreed: All three agreed.' });
    expect(slide?.rows[0]?.parties.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });
});
