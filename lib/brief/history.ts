import { formatDate } from '@/lib/wording/dates';
import { points } from '@/lib/wording/numbers';
import { caveatedPoints } from '@/lib/wording/position';
import type { DeckContext } from './context';
import { continuedHeading, lines, paginate } from './paginate';
import { quoteLines, slideQuote } from './quote';
import type { SlideOf } from './schema';

/** Rows on the shifts and timeline slides. */
export const LIST_ROWS = { maxItems: 10, budget: 14 };
/** Delegation members per slide (a party heading counts as one line), in two columns. */
export const DELEGATION_LINES = { maxItems: 8, budget: 28 };
/** Open demands per slide, with their quotes. */
export const DEMAND_ROWS = { maxItems: 6, budget: 21 };

/** What changed between rounds: only when the dataset has more than one round and someone moved. */
export function shiftsSlides(ctx: DeckContext): SlideOf<'shifts'>[] {
  if (ctx.analysis.snapshot.rounds.length < 2) return [];
  const issues = new Map(ctx.issues.map((issue) => [issue.id, issue] as const));
  const moves = ctx.analysis.shifts.filter((s) => s.delta !== 0 && issues.has(s.issue));
  if (moves.length === 0) return [];
  const rows = moves.map((s) => {
    const scale = issues.get(s.issue)!.scale;
    const sign = s.delta > 0 ? '+' : '−';
    const note = ctx.dataset.positions.find(
      (p) => p.party === s.party && p.issue === s.issue && p.round === s.to.id,
    )?.codingNote;
    return {
      party: ctx.party(s.party),
      issue: ctx.issueTitle(s.issue),
      rounds: `${s.from.label} → ${s.to.label}`,
      move: `${caveatedPoints(s.fromValue, s.fromBasis)} → ${caveatedPoints(s.toValue, s.toBasis)} (${sign}${points(Math.abs(s.delta))})`,
      towards: `towards “${s.delta > 0 ? scale.hundred : scale.zero}”`,
      note: `${ctx.party(s.party).name}, ${ctx.issueTitle(s.issue)}: ${note ?? 'no coding note'}`,
    };
  });
  return paginate(rows, (row) => 1 + lines(`${row.towards} · ${row.rounds}`, 95), LIST_ROWS).map(
    (page, index) => ({
      kind: 'shifts',
      heading: continuedHeading('What changed between rounds', index),
      continued: index > 0,
      notes: page.map((row) => row.note),
      rows: page.map(({ party, issue, rounds, move, towards }) => ({
        party,
        issue,
        rounds,
        move,
        towards,
      })),
    }),
  );
}

/** Events up to the round viewed, in date order; events naming none of the chosen parties are left out. */
export function timelineSlides(ctx: DeckContext): SlideOf<'timeline'>[] {
  const chosen = new Set(ctx.parties.map((p) => p.id));
  const upTo = ctx.analysis.snapshot.round.date;
  const events = ctx.dataset.events
    .filter(
      (e) => e.date <= upTo && (e.parties.length === 0 || e.parties.some((p) => chosen.has(p))),
    )
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  const rows = events.map((e) => ({
    date: formatDate(e.date),
    title: e.title,
    parties: e.parties.map((p) => ctx.party(p).shortName),
    note: `${formatDate(e.date)}: “${e.evidence[0]?.quote ?? ''}”`,
  }));
  return paginate(
    rows,
    (row) => lines(`${row.title} · ${row.parties.join(', ')}`, 95),
    LIST_ROWS,
  ).map((page, index) => ({
    kind: 'timeline',
    heading: continuedHeading('Timeline', index),
    continued: index > 0,
    notes: page.map((row) => row.note),
    rows: page.map(({ date, title, parties }) => ({ date, title, parties })),
    empty: 'No events recorded up to this round.',
  }));
}

/** Who sat at the table: only when the dataset records delegations of the chosen parties. */
export function delegationSlides(ctx: DeckContext): SlideOf<'delegations'>[] {
  const order = new Map(ctx.parties.map((p, i) => [p.id, i] as const));
  const groups = (ctx.dataset.delegations ?? [])
    .filter((d) => order.has(d.party))
    .sort((x, y) => order.get(x.party)! - order.get(y.party)!)
    .map((d) => {
      const round = d.round ? ctx.round(d.round) : undefined;
      return {
        party: ctx.party(d.party),
        round: round ? `${round.label}, ${formatDate(round.date)}` : '',
        members: d.members.map((m) => ({ name: m.name, role: m.role })),
        note: d.evidence?.map((e) => `“${e.quote}”`).join(' ') ?? '',
      };
    });
  if (groups.length === 0) return [];
  const weight = (g: (typeof groups)[number]) =>
    1 + g.members.reduce((sum, m) => sum + lines(`${m.name}, ${m.role}`, 55), 0);
  return paginate(groups, weight, DELEGATION_LINES).map((page, index) => ({
    kind: 'delegations',
    heading: continuedHeading('Delegations', index),
    continued: index > 0,
    notes: page.filter((g) => g.note).map((g) => `${g.party.name}: ${g.note}`),
    groups: page.map(({ party, round, members }) => ({ party, round, members })),
  }));
}

/** Open demands: stated by one party on a chosen issue, answered by no other. */
export function demandSlides(ctx: DeckContext): SlideOf<'demands'>[] {
  const rows = ctx.analysis.openDemands
    .filter((d) => ctx.hasIssue(d.issue))
    .map((d) => {
      const party = ctx.party(d.party);
      const evidence = d.position.evidence[0];
      const quote = slideQuote(ctx, d.issue, party, evidence, ctx.round(d.position.round)?.date);
      return {
        party,
        issue: ctx.issueTitle(d.issue),
        label: d.position.label,
        quote,
        note: `${party.name}, ${ctx.issueTitle(d.issue)}: ${d.position.codingNote ?? 'no coding note'}`,
      };
    });
  const weight = (row: (typeof rows)[number]) =>
    lines(`${row.party.name} on ${row.issue}: ${row.label}`, 95) + quoteLines(row.quote, 165) + 0.4;
  return paginate(rows, weight, DEMAND_ROWS).map((page, index) => ({
    kind: 'demands',
    heading: continuedHeading('Open demands', index),
    continued: index > 0,
    notes: [
      'An open demand: one party has stated a position on the issue and no other chosen party has answered it.',
      ...page.map((row) => row.note),
    ],
    rows: page.map(({ party, issue, label, quote }) =>
      quote ? { party, issue, label, quote } : { party, issue, label },
    ),
    empty:
      'No open demands: every stated position on the chosen issues has an answer from another party.',
  }));
}
