import { contestedReadings } from '@/lib/analysis';
import { hasValue, type Issue } from '@/lib/model';
import { evidenceHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { points } from '@/lib/wording/numbers';
import { valueText } from '@/lib/wording/position';
import {
  contestedShortText,
  contestedText,
  moreQuotesText,
  quoteReadingText,
} from '@/lib/wording/statement';
import { CELL_STATUS_WORDS, statusLabel } from '@/lib/wording/status';
import type { DeckContext } from './context';
import { continuedHeading, lines, paginate } from './paginate';
import { quoteLines, slideQuote } from './quote';
import type { SlideOf, SlideQuote } from './schema';
import { stripMarkers, stripText } from './strip';

/** Party rows per issue slide, and the lines (label plus small-print quote) they may take together. */
export const ISSUE_ROWS = { maxItems: 6, budget: 17 };

type IssueRow = SlideOf<'issue'>['rows'][number];

/** Characters a line of small print holds on an issue slide. */
const QUOTE_LINE = 150;
/** Body lines the "+N more quotes" line takes. */
const MORE_LINE = 0.7;

function issueRows(ctx: DeckContext, issue: Issue): { rows: IssueRow[]; notes: string[] } {
  const cells = ctx.analysis.snapshot.cells.get(issue.id);
  const rows: IssueRow[] = [];
  const notes: string[] = [];
  for (const party of ctx.parties) {
    const cell = cells?.get(party.id);
    const position = cell?.position;
    if (position) notes.push(`${party.name}: ${position.codingNote ?? 'no coding note'}`);
    if (cell && !cell.atTable) {
      rows.push({
        party,
        label: statusLabel('not-at-table'),
        detail: 'in this round',
        known: false,
        quotes: [],
      });
      continue;
    }
    if (position?.status === 'withdrawn') {
      const when = cell?.fromRound
        ? ` in ${cell.fromRound.label}, ${formatDate(cell.fromRound.date)}`
        : '';
      rows.push({
        party,
        label: position.label,
        detail: `withdrawn${when}`,
        known: false,
        quotes: [],
      });
      continue;
    }
    if (!hasValue(position) || !cell) {
      rows.push({
        party,
        label: statusLabel('none'),
        detail: 'the sources are silent',
        known: false,
        quotes: [],
      });
      continue;
    }
    const range = position.acceptable
      ? `, could accept ${points(position.acceptable.min)}–${points(position.acceptable.max)}`
      : '';
    const from = cell.carried && cell.fromRound ? `, coded ${formatDate(cell.fromRound.date)}` : '';
    const contested = contestedReadings(position);
    const disagree = contested ? `, ${contestedShortText(contested)}` : '';
    if (contested) notes.push(`${party.name}: ${contestedText(contested)}.`);
    const readings = position.evidence.some((e) => e.reading !== undefined);
    const roundDate = cell.fromRound?.date;
    const quotes = position.evidence.flatMap(
      (e) =>
        slideQuote(
          ctx,
          issue.id,
          party,
          e,
          roundDate,
          readings ? quoteReadingText(e.reading, position.value) : undefined,
        ) ?? [],
    );
    rows.push({
      party,
      label: position.label,
      detail: `${CELL_STATUS_WORDS[position.status]}${position.confidence === 'low' ? ', low confidence' : ''}, ${valueText(position.value)}${range}${from}${disagree}`,
      known: true,
      quotes,
    });
  }
  return { rows, notes };
}

function labelLines(row: IssueRow): number {
  return lines(`${row.label} (${row.detail})`, 95);
}

function rowWeight(row: IssueRow): number {
  // The party's name wraps in its narrow column; a long name can be the taller side of the row.
  const quotes = row.quotes.reduce((sum, quote) => sum + quoteLines(quote, QUOTE_LINE), 0);
  const text = labelLines(row) + quotes + (row.more ? MORE_LINE : 0);
  return Math.max(lines(row.party.name, 18), text) + 0.4;
}

/**
 * The row with the quotes that fit in `room` body lines (its share of the slide), in evidence
 * order, and "+N more quotes" for the rest, linking to the evidence page that has them all.
 * RULE: the first quote is always shown; a further one only when it, and the "+N more" line
 * still needed after it, fit in the room left.
 */
export function fitQuotes(row: IssueRow, room: number, href: string): IssueRow {
  const kept: SlideQuote[] = [];
  let used = labelLines(row) + 0.4;
  for (const [i, quote] of row.quotes.entries()) {
    const weight = quoteLines(quote, QUOTE_LINE);
    const after = i < row.quotes.length - 1 ? MORE_LINE : 0;
    if (kept.length > 0 && used + weight + after > room) break;
    kept.push(quote);
    used += weight;
  }
  const more = row.quotes.length - kept.length;
  const fitted: IssueRow = { ...row, quotes: kept };
  if (more > 0) fitted.more = { text: moreQuotesText(more), href };
  else delete fitted.more;
  return fitted;
}

/**
 * One slide per chosen issue (in the URL's order): the strip, each party's label and the quotes
 * behind it, as many as fit, then "+N more quotes".
 */
export function issueSlides(ctx: DeckContext): SlideOf<'issue'>[] {
  const slides: SlideOf<'issue'>[] = [];
  for (const issue of ctx.issues) {
    const known = ctx.analysis.snapshot.known.get(issue.id) ?? [];
    const { markers, lanes } = stripMarkers(known, ctx.party);
    const knownIds = new Set(known.map((k) => k.party));
    const silent = ctx.parties.filter((p) => !knownIds.has(p.id));
    const built = issueRows(ctx, issue);
    const { notes } = built;
    // Each extra lane of names above the strip, and a heading or question over more than one
    // line, takes room from the rows.
    const heading = lines(`${issue.title} (continued)`, 48) - 1;
    const question = lines(issue.question, 120) - 1;
    const budget = ISSUE_ROWS.budget - (lanes - 1) - heading * 2 - question * 0.8;
    const limits = { ...ISSUE_ROWS, budget };
    // Each row may take its share of a slide: few parties leave room for more of their quotes.
    const share = budget / Math.min(Math.max(built.rows.length, 1), ISSUE_ROWS.maxItems);
    const rows = built.rows.map((row) =>
      fitQuotes(row, share, evidenceHref(ctx.dataset.id, issue.id, row.party.id)),
    );
    paginate(rows, rowWeight, limits).forEach((page, index) => {
      slides.push({
        kind: 'issue',
        heading: continuedHeading(issue.title, index),
        continued: index > 0,
        notes: index === 0 ? notes : [],
        issue: issue.id,
        question: issue.question,
        scale: { zero: issue.scale.zero, hundred: issue.scale.hundred },
        markers,
        lanes,
        stripText: stripText(markers, silent),
        rows: page,
      });
    });
  }
  return slides;
}
