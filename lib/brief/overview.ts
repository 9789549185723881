import {
  AGREEMENT_THRESHOLD,
  type AgreementPoint,
  contestedCells,
  contestedReadings,
  type DisagreementPoint,
} from '@/lib/analysis';
import { hasValue } from '@/lib/model';
import { APART_WORDS, CLOSE_WORDS } from '@/lib/wording/agreement';
import { formatDate } from '@/lib/wording/dates';
import { gapText } from '@/lib/wording/gap';
import { count, points } from '@/lib/wording/numbers';
import { basisCaveat } from '@/lib/wording/position';
import { CONTESTED_WORDS, contestedPairText } from '@/lib/wording/statement';
import { CELL_STATUS_WORDS } from '@/lib/wording/status';
import type { DeckContext } from './context';
import { continuedHeading, lines, paginate } from './paginate';
import { shorten } from './quote';
import type { SlideOf } from './schema';

/** Parties per "where they stand" slide: more are split into column groups. */
export const MATRIX_PARTIES = 5;
/** Issues per "where they stand" slide, and the label lines they may take together. */
export const MATRIX_ROWS = { maxItems: 6, budget: 24 };
/** Up to this many parties the title slide gives full names; more get short names. */
export const TITLE_FULL_NAMES = 6;
/** Sources named on the title slide; the method slide lists them all. */
export const TITLE_SOURCES = 3;
/** Rows on the gaps slides. */
export const RANKING_ROWS = { maxItems: 8, budget: 10 };
/** Rows on the agreement slides (a row: heading line plus its reason). */
export const AGREEMENT_ROWS = { maxItems: 8, budget: 20 };
/** How many ranked gaps and agreements the deck shows. */
export const RANKING_LIMIT = 8;

/** "5 parties", or "10 of 60 parties" when the deck shows a selection. */
function ofAll(shown: number, all: number, singular: string, plural?: string): string {
  return shown < all
    ? `${shown} of ${count(all, singular, plural)}`
    : count(shown, singular, plural);
}

/** The title slide: dataset, as-of date, round viewed, parties and sources; the summary goes to the notes. */
export function titleSlide(ctx: DeckContext, notices: string[] = []): SlideOf<'title'> {
  const { dataset, analysis } = ctx;
  const round = analysis.snapshot.round;
  return {
    kind: 'title',
    heading: dataset.title,
    continued: false,
    notes: [dataset.summary],
    summary: `${ofAll(ctx.parties.length, dataset.parties.length, 'party', 'parties')} on ${ofAll(ctx.issues.length, dataset.issues.length, 'issue')}`,
    asOf: `Data as of ${formatDate(dataset.asOf)}`,
    round: `Positions as of ${round.label} (${formatDate(round.date)})`,
    parties: ctx.parties,
    shortNames: ctx.parties.length > TITLE_FULL_NAMES,
    notices,
    sources: dataset.sources
      .slice(0, TITLE_SOURCES)
      .map((s) =>
        [s.title, s.authors?.join(', '), s.publisher, s.date && formatDate(s.date)]
          .filter(Boolean)
          .join(' · '),
      )
      .concat(
        dataset.sources.length > TITLE_SOURCES
          ? [
              `and ${count(dataset.sources.length - TITLE_SOURCES, 'more source')}, listed on the last slides`,
            ]
          : [],
      ),
  };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out.length ? out : [[]];
}

/** "Where they stand": a matrix of one-line labels, split by issues (rows) and parties (column groups). */
export function standingsSlides(ctx: DeckContext): SlideOf<'standings'>[] {
  const { snapshot } = ctx.analysis;
  const rows = ctx.issues.map((issue) => ({
    issue: issue.id,
    title: issue.title,
    cells: ctx.parties.map((party) => {
      const cell = snapshot.cells.get(issue.id)?.get(party.id);
      const position = cell?.position;
      if (cell && !cell.atTable)
        return { party: party.id, status: CELL_STATUS_WORDS['not-at-table'], known: false };
      if (position?.status === 'withdrawn') {
        const when = cell?.fromRound ? `, ${formatDate(cell.fromRound.date)}` : '';
        return {
          party: party.id,
          label: position.label,
          status: `${CELL_STATUS_WORDS.withdrawn}${when}`,
          known: false,
        };
      }
      if (!hasValue(position) || !cell)
        return { party: party.id, status: CELL_STATUS_WORDS.none, known: false };
      const carried = cell.carried && cell.fromRound ? `, ${formatDate(cell.fromRound.date)}` : '';
      const disagree = contestedReadings(position) ? `, ${CONTESTED_WORDS}` : '';
      return {
        party: party.id,
        label: position.label,
        status: `${CELL_STATUS_WORDS[position.status]}${carried}${disagree}`,
        known: true,
      };
    }),
  }));
  const slides: SlideOf<'standings'>[] = [];
  for (const group of chunk(ctx.parties, MATRIX_PARTIES)) {
    const ids = new Set(group.map((p) => p.id));
    const groupRows = rows.map((row) => ({
      ...row,
      cells: row.cells.filter((c) => ids.has(c.party)),
    }));
    const weight = (row: (typeof groupRows)[number]) =>
      Math.max(1, ...row.cells.map((c) => lines(c.label, 22) + 1));
    for (const page of paginate(groupRows, weight, MATRIX_ROWS)) {
      slides.push({
        kind: 'standings',
        heading: continuedHeading('Where they stand', slides.length),
        continued: slides.length > 0,
        notes: [
          `Positions in force at ${snapshot.round.label}. A cell marked “from …” holds a position coded in an earlier round; a later silence does not withdraw it.`,
          'A cell without a label means the sources give no stated position: it is not a position at 0.',
        ],
        parties: group,
        rows: page,
      });
    }
  }
  return slides;
}

function codingNote(ctx: DeckContext, issue: string, party: string): string | undefined {
  return ctx.analysis.snapshot.cells.get(issue)?.get(party)?.position?.codingNote;
}

/** The ranked pairs furthest apart on the chosen issues. */
export function gapsSlides(ctx: DeckContext): SlideOf<'gaps'>[] {
  const contested = contestedCells(ctx.analysis.snapshot);
  const ranked = ctx.analysis.pointsOfDisagreement
    .filter((p) => ctx.hasIssue(p.issue))
    .slice(0, RANKING_LIMIT)
    .map((p, index) => ({
      rank: index + 1,
      issue: ctx.issueTitle(p.issue),
      a: ctx.party(p.a),
      b: ctx.party(p.b),
      gap: gapCaveatText(p),
      width: `${Math.round(p.distance)}%`,
      contested: contestedPairText(contested, p, (id) => ctx.party(id).name),
      notes: (
        [
          [p.a, p.aBasis],
          [p.b, p.bBasis],
        ] as const
      ).map(([id, basis]) => {
        const caveat = basisCaveat(basis);
        return `${ctx.issueTitle(p.issue)}, ${ctx.party(id).name}${caveat ? ` (${caveat} value)` : ''}: ${codingNote(ctx, p.issue, id) ?? 'no coding note'}`;
      }),
    }));
  const weight = (row: (typeof ranked)[number]) => lines(row.issue, 40) + (row.contested ? 0.6 : 0);
  return paginate(ranked, weight, RANKING_ROWS).map((page, index) => ({
    kind: 'gaps',
    heading: continuedHeading('Biggest gaps', index),
    continued: index > 0,
    notes: [
      `How far apart two known positions are on the issue’s 0–100 scale; where a party gave an acceptable range, how far apart the ranges are is given beside it. Only pairs whose positions are more than ${AGREEMENT_THRESHOLD} apart are listed.`,
      ...page.flatMap((row) => row.notes),
    ],
    rows: page.map(({ rank, issue, a, b, gap, width, contested }) =>
      contested ? { rank, issue, a, b, gap, width, contested } : { rank, issue, a, b, gap, width },
    ),
    empty: `No pair of parties is ${APART_WORDS} on an issue where both positions are known.`,
  }));
}

/** "positions 65 apart; acceptable ranges 60 apart", with the caveat of a side whose value is inferred or held with low confidence. */
function gapCaveatText(p: DisagreementPoint): string {
  const caveats = [basisCaveat(p.aBasis), basisCaveat(p.bBasis)].filter((c) => c !== undefined);
  return caveats.length ? `${gapText(p)} (${[...new Set(caveats)].join('; ')})` : gapText(p);
}

function pairName(ctx: DeckContext, point: AgreementPoint): string {
  return `${ctx.party(point.a).shortName}–${ctx.party(point.b).shortName}`;
}

/** Why a group of agreeing pairs counts: the outcome's summary, the overlaps, or how close each pair is. */
function agreementWhy(ctx: DeckContext, group: readonly AgreementPoint[]): string {
  const [first] = group;
  if (first?.outcome) return `Agreed: ${shorten(first.outcome.summary, 220).text}`;
  if (first?.reason === 'overlap') {
    const overlaps = group.map((p) =>
      p.overlap
        ? `${pairName(ctx, p)} at ${points(p.overlap.min)}–${points(p.overlap.max)}`
        : pairName(ctx, p),
    );
    return `Acceptable ranges overlap: ${overlaps.join('; ')} (of 100)`;
  }
  const gaps = group.map((p) =>
    p.apart === undefined ? pairName(ctx, p) : `${pairName(ctx, p)} (${gapText(p.apart)})`,
  );
  return `Close, ${CLOSE_WORDS} (acceptable ranges, where given): ${gaps.join(', ')}`;
}

/**
 * Points of agreement: recorded outcomes, overlapping acceptable ranges, positions within AGREEMENT_THRESHOLD of 100.
 * One row per outcome (naming all its parties) and per issue and reason (listing each pair).
 */
export function agreementSlides(ctx: DeckContext): SlideOf<'agreement'>[] {
  const groups = new Map<unknown, AgreementPoint[]>();
  for (const p of ctx.analysis.pointsOfAgreement) {
    if (!ctx.hasIssue(p.issue)) continue;
    const key = p.outcome ?? `${p.issue} ${p.reason}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const order = new Map(ctx.parties.map((party, index) => [party.id, index] as const));
  const rows = [...groups.values()].slice(0, RANKING_LIMIT).map((group) => ({
    issue: ctx.issueTitle(group[0]?.issue ?? ''),
    parties: [...new Set(group.flatMap((p) => [p.a, p.b]))]
      .sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0))
      .map((id) => ctx.party(id)),
    why: agreementWhy(ctx, group),
  }));
  return paginate(rows, (row) => 1 + lines(row.why, 120), AGREEMENT_ROWS).map((page, index) => ({
    kind: 'agreement',
    heading: continuedHeading('Points of agreement', index),
    continued: index > 0,
    notes: page.map((row) => `${row.issue}: ${row.why}.`),
    rows: page,
    empty: `No recorded agreement, overlap of acceptable ranges or positions within ${AGREEMENT_THRESHOLD} of 100 on the chosen issues.`,
  }));
}

/** The words between the items of a spoken list: "", ", " …, " and " before the last. */
export function listSeparator(index: number, length: number): string {
  if (index === 0) return '';
  return index === length - 1 ? ' and ' : ', ';
}
