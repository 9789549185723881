import { hasValue, type Issue } from '@/lib/model';
import { formatDate } from '@/lib/wording/dates';
import { points } from '@/lib/wording/numbers';
import { valueText } from '@/lib/wording/position';
import { CELL_STATUS_WORDS, statusLabel } from '@/lib/wording/status';
import type { DeckContext } from './context';
import { continuedHeading, lines, paginate } from './paginate';
import { quoteLines, slideQuote } from './quote';
import type { SlideOf } from './schema';
import { stripMarkers, stripText } from './strip';

/** Party rows per issue slide, and the lines (label plus small-print quote) they may take together. */
export const ISSUE_ROWS = { maxItems: 6, budget: 17 };

type IssueRow = SlideOf<'issue'>['rows'][number];

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
      });
      continue;
    }
    if (position?.status === 'withdrawn') {
      const when = cell?.fromRound
        ? ` in ${cell.fromRound.label}, ${formatDate(cell.fromRound.date)}`
        : '';
      rows.push({ party, label: position.label, detail: `withdrawn${when}`, known: false });
      continue;
    }
    if (!hasValue(position) || !cell) {
      rows.push({
        party,
        label: statusLabel('none'),
        detail: 'the sources are silent',
        known: false,
      });
      continue;
    }
    const range = position.acceptable
      ? `, could accept ${points(position.acceptable.min)}–${points(position.acceptable.max)}`
      : '';
    const from = cell.carried && cell.fromRound ? `, coded ${formatDate(cell.fromRound.date)}` : '';
    const evidence = position.evidence[0];
    const quote = slideQuote(ctx, issue.id, party, evidence);
    const row: IssueRow = {
      party,
      label: position.label,
      detail: `${CELL_STATUS_WORDS[position.status]}${position.confidence === 'low' ? ', low confidence' : ''}, ${valueText(position.value)}${range}${from}`,
      known: true,
    };
    if (quote) row.quote = quote;
    rows.push(row);
  }
  return { rows, notes };
}

function rowWeight(row: IssueRow): number {
  // The party's name wraps in its narrow column; a long name can be the taller side of the row.
  const text = lines(`${row.label} (${row.detail})`, 95) + quoteLines(row.quote, 150);
  return Math.max(lines(row.party.name, 18), text) + 0.4;
}

/** One slide per chosen issue (in the URL's order): the strip, each party's label and the quote behind it. */
export function issueSlides(ctx: DeckContext): SlideOf<'issue'>[] {
  const slides: SlideOf<'issue'>[] = [];
  for (const issue of ctx.issues) {
    const known = ctx.analysis.snapshot.known.get(issue.id) ?? [];
    const { markers, lanes } = stripMarkers(known, ctx.party);
    const knownIds = new Set(known.map((k) => k.party));
    const silent = ctx.parties.filter((p) => !knownIds.has(p.id));
    const { rows, notes } = issueRows(ctx, issue);
    // Each extra lane of names above the strip, and a heading or question over more than one
    // line, takes room from the rows.
    const heading = lines(`${issue.title} (continued)`, 48) - 1;
    const question = lines(issue.question, 120) - 1;
    const budget = ISSUE_ROWS.budget - (lanes - 1) - heading * 2 - question * 0.8;
    const limits = { ...ISSUE_ROWS, budget };
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
