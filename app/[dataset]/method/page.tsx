import Link from 'next/link';
import { DataText } from '@/components/DataText';
import {
  AGREEMENT_THRESHOLD,
  contestedCells,
  DEFAULT_SALIENCE,
  ONLY_GAPS_THRESHOLD,
  statusCounts,
  takeSnapshot,
} from '@/lib/analysis';
import { ViewNotes } from '@/components/ViewNotes';
import { keptViewQuery, validDatasetOr404, type DatasetPageProps } from '@/lib/data/route';
import { sourcesByDate } from '@/lib/pages/sources';
import { parseViewState } from '@/lib/url/query';
import { sourceHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { count } from '@/lib/wording/numbers';
import { sourceKindText } from '@/lib/wording/sources';
import { CONTESTED_RULE, CONTESTED_WORDS } from '@/lib/wording/statement';
import { FLIPPED_MARK } from '@/lib/analysis/orientation';
import { SCENARIO_MARK } from '@/lib/analysis/scenario';
import { CONCESSIONS_RULE, PREDICTION_CAVEAT, PREDICTION_RULE } from '@/lib/wording/scenario';
import styles from './page.module.css';

export const metadata = { title: 'Method' };

/** How positions are coded and how every number on the dashboard is computed, in plain words. */
export default async function MethodPage({ params, searchParams }: DatasetPageProps) {
  const { dataset: id } = await params;
  const { dataset } = await validDatasetOr404(id);
  const kept = await keptViewQuery();
  const { state, notes } = parseViewState(await searchParams, dataset);
  const snapshot = takeSnapshot(dataset, { round: state.round });
  const counts = statusCounts(snapshot);
  const at = state.round === undefined ? 'at the latest round' : `at ${snapshot.round.label}`;
  const close = AGREEMENT_THRESHOLD;
  const contested = [...contestedCells(snapshot).values()].reduce((n, m) => n + m.size, 0);
  const example = dataset.issues[0];
  const directed = dataset.issues.filter(
    (i) => i.scale.zeroTowards !== undefined || i.scale.hundredTowards !== undefined,
  ).length;

  return (
    <div className={styles.page}>
      <ViewNotes notes={notes} />
      <h1>Method</h1>

      <h2>How positions are coded</h2>
      <p>
        Each issue is a question with its own scale from 0 to 100, and the two ends of the scale are
        described in words
        {example ? (
          <>
            {' '}
            (for example, on &ldquo;<DataText>{example.title}</DataText>&rdquo;, 0 = &ldquo;
            <DataText>{example.scale.zero}</DataText>&rdquo; and 100 = &ldquo;
            <DataText>{example.scale.hundred}</DataText>&rdquo;)
          </>
        ) : null}
        . A party&apos;s <strong>value</strong> is the coder&apos;s judgement of where its position
        sits on that worded scale, read from a quoted source. It is not a measurement or a poll, and
        values on different issues are not on a common scale: 50 means &ldquo;half way between these
        two descriptions&rdquo;, nothing more.
      </p>
      <p>
        Scales point different ways: on one issue 100 may be one party&apos;s aim, on the next
        another&apos;s. An issue may say <strong>whose aim each end is</strong> (
        {count(directed, 'issue')} of this dataset&apos;s {dataset.issues.length} do). A view
        oriented to a party (the &ldquo;Orient the scales to&rdquo; form, or{' '}
        <code>?orient=&lt;party&gt;</code> on any page, chart, slide or CSV) reads every issue whose
        100 end is that party&apos;s aim <strong>flipped</strong>: each value, range and reading is
        shown as 100 minus the coded one and the two ends swap, so that party&apos;s aims all read
        at the 0 end. A flipped issue is marked &ldquo;{FLIPPED_MARK}&rdquo; wherever it appears,
        and the matrix CSV of such a view has a <code>{FLIPPED_MARK}</code> column (the import
        refuses its flipped rows, so a flipped number never comes back as a coding). Issues without
        a direction read as coded. Where the direction is known, comparisons say which way a
        difference points (&ldquo;20 points nearer Ukraine&apos;s end&rdquo;).
      </p>
      <p>
        Every coded position carries a short label and summary, the value, and at least one verbatim
        quote from a source. It may also carry an <strong>acceptable range</strong> (what the party
        could live with), a <strong>salience</strong> from 1 to 5 (how much the issue matters to the
        party; {DEFAULT_SALIENCE} is assumed where none is given), <strong>conditions</strong> it
        attaches, and a coding note explaining the judgement.
      </p>
      <p>
        Positions belong to <strong>rounds</strong>. A position holds from the round that codes it
        until a later round codes it again; a later silence does not withdraw it, so a page shows
        the round each position dates from when it is older than the round viewed. A party may take
        part in some rounds only, and a proposal (a draft plan or counter-proposal) leaves the table
        when a proposal that supersedes it arrives: outside its rounds a party is{' '}
        <strong>not at the table</strong>, nothing carries into those rounds, and no gap, zone,
        alignment, agreement, open demand, count or chart uses it there.
      </p>

      <h2>Status, confidence and attribution</h2>
      <dl className={styles.terms}>
        <dt>
          stated ({counts.stated} cells {at})
        </dt>
        <dd>The source reports the party&apos;s position on this issue explicitly.</dd>
        <dt>inferred ({counts.inferred})</dt>
        <dd>
          The coder derived the position from what the source says, though the party did not state
          it in so many words. Read it with more care.
        </dd>
        <dt>withdrawn ({counts.withdrawn})</dt>
        <dd>
          The party has dropped its position on the issue, as a quoted source shows. The withdrawal
          ends the earlier value: from that round on the party has no value on the issue.
        </dd>
        <dt>
          no stated position ({counts.none} checked and silent, {counts['not-coded']} not coded)
        </dt>
        <dd>
          Either the coder checked the source and it says nothing on the issue, or nobody has coded
          the party on it. Such a party has no value: it is never placed at 0 or anywhere else on
          the scale, and no gap is computed from it.
        </dd>
        <dt>not at the table ({counts['not-at-table']})</dt>
        <dd>
          The party takes no part in the round viewed (or its proposal has been superseded), so none
          of its positions is in force there.
        </dd>
        <dt>confidence (high, medium, low)</dt>
        <dd>
          How sure the coder is of the value. The quote itself is always verbatim; confidence is
          about the reading of it.
        </dd>
        <dt>attribution</dt>
        <dd>
          &ldquo;Own words&rdquo; means the quote is the party&apos;s own statement. &ldquo;As
          reported by …&rdquo; means someone else, such as an analyst or a newspaper, reports the
          party&apos;s position: second-hand evidence.
        </dd>
        <dt>speaker and date of a quote</dt>
        <dd>
          A quote may name who said it and when. The date is shown wherever it is not the date of
          the round the position is coded in, so an earlier remark is never taken for the
          round&apos;s words; &ldquo;date inferred&rdquo; marks a date the coder worked out rather
          than read in the source.
        </dd>
        <dt>
          {CONTESTED_WORDS} ({count(contested, 'cell')} {at})
        </dt>
        <dd>
          Each quote may carry a <strong>reading</strong>: the value on the scale that quote alone
          supports, where sources differ. The cell&apos;s value stays the coder&apos;s judgement
          across them. {CONTESTED_RULE}
        </dd>
      </dl>

      <h2>How the numbers are computed</h2>
      <dl className={styles.terms}>
        <dt>Gap: positions apart, and acceptable ranges apart</dt>
        <dd>
          For two parties on one issue, the gap is the <strong>distance</strong> between their
          values, out of 100: &ldquo;positions 65 apart&rdquo;. Every headline, ranking, caption and
          slide leads with it. When at least one of them gave an acceptable range, the{' '}
          <strong>range gap</strong> stands beside it: the distance between the two ranges (a single
          value counts as a range of one point), &ldquo;positions 65 apart; acceptable ranges 60
          apart&rdquo;. It is 0 when the ranges overlap or touch (&ldquo;acceptable ranges
          overlap&rdquo;), and the overlap is then shown.
        </dd>
        <dt>Furthest apart</dt>
        <dd>
          The pair of parties whose positions are furthest apart on an issue (on a tie, the first
          pair in the dataset&apos;s party order). It needs two parties with a position: with fewer,
          the issue shows &ldquo;only one side known&rdquo; and has no gap, not a gap of 0. Sorting
          by &ldquo;furthest apart&rdquo; and the &ldquo;only gaps&rdquo; filter (at least{' '}
          {ONLY_GAPS_THRESHOLD} apart) use this distance; sorting by &ldquo;widest range gap&rdquo;
          uses the largest range gap of any pair on the issue.
        </dd>
        <dt>Zone of possible agreement</dt>
        <dd>
          The part of the scale inside every chosen party&apos;s range (or at its value). When there
          is none, the distance still missing is how far the highest lower end lies above the lowest
          upper end, between the party whose range ends lowest and the one whose range starts
          highest.
        </dd>
        <dt>Points of disagreement</dt>
        <dd>
          Every pair of parties whose positions are more than {close} points apart on an issue,
          furthest apart first, each with its range gap where ranges are given; ties go to the pair
          whose issue matters more to them (mean salience), then issue and party order.
        </dd>
        <dt>Spread</dt>
        <dd>
          How scattered the values on an issue are: the standard deviation of the values, each
          weighted by its salience. Like the gap, it needs at least two positions.
        </dd>
        <dt>Agreement</dt>
        <dd>
          A pair agrees on an issue when a recorded outcome up to the round viewed names both of
          them; otherwise when their acceptable ranges overlap or touch; otherwise when they are
          within {close} points of each other (their acceptable ranges, where given). Points of
          agreement are listed in that order, the smallest range gap first within each. A pair can
          be far apart and still agree: positions 40 apart whose acceptable ranges overlap.
        </dd>
        <dt>Alignment</dt>
        <dd>
          For a pair: 100 minus their mean range gap (the distance between their values where
          neither gave a range) over the issues where both have a position, shown with the number of
          issues compared. With no such issue there is no score (not 0).
        </dd>
        <dt>Open demands</dt>
        <dd>
          Issues where exactly one party has a position, that position is stated (not inferred), and
          no other party has any position. An inferred position of another party counts as an
          answer.
        </dd>
        <dt>Shifts</dt>
        <dd>
          A party&apos;s move on an issue between two consecutive rounds that each coded a value for
          it. Rounds where the party was silent are skipped, never read as 0; the same value coded
          again is shown as no change.
        </dd>
        <dt>Concessions needed</dt>
        <dd>{CONCESSIONS_RULE}</dd>
        <dt>Predicted outcome</dt>
        <dd>
          {PREDICTION_RULE}
          <p className={styles.formula}>
            weighted median: the value v<sub>k</sub> (values in order) at which Σ<sub>i≤k</sub> w
            <sub>i</sub> first passes ½ Σ w; compromise mean = Σ c<sub>i</sub>·s<sub>i</sub>·v
            <sub>i</sub> / Σ c<sub>i</sub>·s<sub>i</sub>, with w<sub>i</sub> = c<sub>i</sub>·s
            <sub>i</sub>
          </p>
          {PREDICTION_CAVEAT}
        </dd>
        <dt>What-if views</dt>
        <dd>
          A link with <code>?whatif=&lt;party&gt;.&lt;issue&gt;=&lt;value&gt;</code> (several,
          comma-separated) or <code>&lt;party&gt;.capability=&lt;value&gt;</code> recomputes every
          page, chart, slide and export with those changes: a value is set in the latest round, on
          the scale as shown (after any orientation), its acceptable range moved with it. Such a
          view is marked &ldquo;{SCENARIO_MARK}&rdquo; everywhere, its CSV files say so in their
          name and a column, and the cells it sets have no quote. Nothing is saved.
        </dd>
      </dl>

      <h2>Sources of this dataset</h2>
      <ul>
        {sourcesByDate(dataset.sources).map((source) => (
          <li key={source.id}>
            <Link href={sourceHref(dataset.id, source.id, kept)}>
              <DataText>{source.title}</DataText>
            </Link>
            {source.authors?.length ? (
              <>
                {' '}
                by <DataText>{source.authors.join(', ')}</DataText>
              </>
            ) : null}
            {source.publisher ? (
              <>
                , <DataText>{source.publisher}</DataText>
              </>
            ) : null}
            {source.date ? `, ${formatDate(source.date)}` : ''} (
            {sourceKindText(source.kind).toLowerCase()})
          </li>
        ))}
      </ul>
    </div>
  );
}
