import { redlineOf } from '@/lib/analysis';
import { orientDataset } from '@/lib/analysis/orientation';
import { formatImportProblem } from '@/lib/csv/problems';
import type { Clause, Dataset, Issue, Party } from '@/lib/model';
import { defaultRedlinePair, proposalItems } from '@/lib/pages/proposals';
import {
  LINES_PER_PAGE,
  REDLINE_CSV_COLUMNS,
  diffText,
  moveView,
  redlineCsvRows,
  redlineView,
  summarySentences,
} from '@/lib/pages/redline';
import { importExampleFolder } from '../csv/exampleFolder';

/** Text as a reader sees it, without the invisible direction isolates around names. */
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

function veloria(): Dataset {
  const result = importExampleFolder('veloria-water-talks', {
    id: 'veloria-water-talks',
    title: 'Lake Veloria water talks (fictional example)',
    summary: 'A made-up negotiation over a shared lake.',
  });
  if (!result.ok) throw new Error(result.problems.map(formatImportProblem).join('\n'));
  return result.dataset;
}

const partyOf = (d: Dataset, id: string) => d.parties.find((p) => p.id === id)!;

describe('the redline of the Veloria example (draft framework → counter-proposal)', () => {
  const d = veloria();
  const view = redlineView(d, partyOf(d, 'draft-framework'), partyOf(d, 'counter-proposal'))!;

  it('states the counts and the largest move, every number counted from the clauses', () => {
    expect(view.summary.sentences.map(plain)).toEqual([
      'Marenth–Osvald counter-proposal against Commission draft framework: of 12 points, it keeps 3, rewrites 6, splits 1 into 2, drops 2 and adds 2 new points (13 points in all).',
      'It moves all 3 issues both texts name; most on Monitoring the flow (−50, towards “Each state measures its own stretch”).',
    ]);
    expect(view.summary.counts.map((c) => [c.kind, c.value])).toEqual([
      ['kept', 3],
      ['changed', 6],
      ['split', 1],
      ['merged', 0],
      ['dropped', 2],
      ['added', 2],
    ]);
  });

  it("gives each issue both texts name its move: the mean of each text's clause values", () => {
    expect(view.summary.issues.map((m) => [m.issue, m.delta, plain(m.text)])).toEqual([
      [
        'water-share',
        10,
        '48 (mean of 2) → 58 (mean of 2) (+10, towards Republic of Marenth’s end)',
      ],
      ['dam-pause', -30, '50 → 20 (−30, towards Kingdom of Osvald’s end)'],
      ['monitoring', -50, '100 → 50 (−50, towards “Each state measures its own stretch”)'],
    ]);
  });

  it('lines up the clauses in the new text’s order: renumbered, split, dropped and added', () => {
    expect(
      view.rows.map((r) => `${r.kind} ${r.before?.numbers ?? '-'} → ${r.after?.numbers ?? '-'}`),
    ).toEqual([
      'changed 1 → 1',
      'changed 2 → 2',
      'changed 3 → 3',
      'kept 4 → 4',
      'changed 5 → 5',
      'kept 6 → 6',
      'split 7 → 7 + 8',
      'changed 8 → 9',
      'dropped 9 → -',
      'dropped 10 → -',
      'kept 11 → 10',
      'added - → 11',
      'added - → 12',
      'changed 12 → 13',
    ]);
    expect(view.rows[7]?.renumbered).toBe('Renumbered 8 → 9');
    expect(view.rows[4]?.diff && diffText(view.rows[4].diff)).toBe(
      'In a declared drought, the share released downstream may fall to[- two fifths-]{+ one half+} for no more than[- ninety-]{+ sixty+} days.',
    );
    expect(view.rows[9]?.moves.map((m) => plain(m.text))).toEqual(['50 → not named']);
  });

  it(`prints ${LINES_PER_PAGE} lines a page`, () => {
    expect(view.pages.map((p) => p.length)).toEqual([10, 4]);
    expect(view.pages.flat()).toEqual(view.rows);
  });

  it('writes one CSV row per line, texts, diff and moves included', () => {
    const rows = redlineCsvRows(view);
    expect(rows).toHaveLength(14);
    expect(REDLINE_CSV_COLUMNS).toHaveLength(rows[0]!.length);
    const split = rows[6]!;
    expect(split.slice(0, 6)).toEqual([
      7,
      'split',
      '7',
      '7 + 8',
      'Secretariat',
      'Secretariat; Paying for the secretariat',
    ]);
    expect(split[9]).toBe(0.8);
    expect(split[10]).toBe(
      'Monitoring the flow: 100 → 50 (−50, towards “Each state measures its own stretch”)',
    );
    expect(String(rows.flat().join(' '))).not.toMatch(/[\u2066-\u2069]/);
  });

  it('opens on this pair from /proposals, and lists both proposals', () => {
    expect(defaultRedlinePair(d)?.map((p) => p.id)).toEqual([
      'draft-framework',
      'counter-proposal',
    ]);
    expect(proposalItems(d).map((i) => [i.party.id, i.clauses, i.supersedes?.id])).toEqual([
      ['draft-framework', 12, undefined],
      ['counter-proposal', 13, 'draft-framework'],
    ]);
  });
});

const scale = { zero: 'No pause', hundred: 'A full pause' };
const dams: Issue = { id: 'dams', title: 'Dams', question: 'Pause?', scale };
const party = (id: string, clauses?: Clause[]): Party => ({
  id,
  name: id === 'north' ? 'Northland' : id,
  shortName: id,
  kind: 'proposal',
  ...(clauses ? { clauses } : {}),
});
const at = (value: number): Clause[] => [
  { number: '1', text: 'Half of the dams wait.', source: 's', issues: [{ issue: 'dams', value }] },
];

describe('moveView', () => {
  const move = redlineOf({ issues: [dams] }, party('old', at(70)), party('new', at(40)))!
    .issues[0]!;

  it('words a move with its sign and the end it goes towards', () => {
    const view = moveView(move, dams);
    expect([view.delta, plain(view.text)]).toEqual([-30, '70 → 40 (−30, towards “No pause”)']);
  });

  it('reads a flipped issue as the oriented dataset gives it: values, sign and end swapped', () => {
    const coded = {
      id: 'd',
      title: 'D',
      summary: 'D',
      asOf: '2026-01-01',
      sources: [],
      rounds: [],
      positions: [],
      parties: [party('old', at(70)), party('new', at(40)), party('north')],
      issues: [{ ...dams, scale: { ...scale, hundredTowards: 'north' } }],
    } as unknown as Dataset;
    const oriented = orientDataset(coded, 'north')!.dataset;
    const issue = oriented.issues[0]!;
    const [a, b] = [oriented.parties[0]!, oriented.parties[1]!];
    const view = moveView(redlineOf(oriented, a, b)!.issues[0]!, issue);
    expect([view.delta, plain(view.text), view.title]).toEqual([
      30,
      '30 → 60 (+30, towards “No pause”)',
      'Dams (flipped)',
    ]);
  });

  it('names the party whose aim the end is, when the dataset says', () => {
    const north = party('north');
    const view = moveView(move, dams, {
      endOwner: (_, end) => (end === 'zero' ? north : undefined),
    });
    expect([plain(view.text), view.towardsParty]).toEqual([
      '70 → 40 (−30, towards Northland’s end)',
      'north',
    ]);
  });

  it('says no move for equal values and nothing of direction', () => {
    const same = redlineOf({ issues: [dams] }, party('old', at(40)), party('new', at(40)))!;
    expect(moveView(same.issues[0]!, dams)).toEqual({
      issue: 'dams',
      title: 'Dams',
      delta: 0,
      text: '40 → 40 (no move)',
    });
  });
});

describe('summarySentences', () => {
  const issues = new Map([['dams', dams]]);

  it('says how many issues move towards whose end, when every end is some party’s aim', () => {
    const north = party('north');
    const r = redlineOf({ issues: [dams] }, party('old', at(70)), party('new', at(40)))!;
    expect(summarySentences(r, issues, { endOwner: () => north }).map(plain)[1]).toBe(
      'It moves the one issue both texts name: towards Northland’s end on 1; most on Dams (−30, towards Northland’s end).',
    );
  });

  it('says when no issue both texts name moves, and when they name none in common', () => {
    const same = redlineOf({ issues: [dams] }, party('old', at(40)), party('new', at(40)))!;
    expect(summarySentences(same, issues).map(plain)).toEqual([
      'new against old: of 1 point, it keeps 1 (1 point in all).',
      'On the 1 issue both texts name, it moves none.',
    ]);
    const none = redlineOf(
      { issues: [dams] },
      party('old', at(40)),
      party('new', [{ number: '1', text: 'Something else entirely here.', source: 's' }]),
    )!;
    expect(summarySentences(none, issues).map(plain)).toEqual([
      'new against old: of 1 point, it drops 1 and adds 1 new point (1 point in all).',
      'The two texts name no issue in common, so no move is measured.',
      'Only old names Dams.',
    ]);
  });
});
