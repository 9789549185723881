import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DataText } from '@/components/DataText';
import { type ConditionView, PositionDetails } from '@/components/evidence/PositionDetails';
import { PositionHistory } from '@/components/evidence/PositionHistory';
import { PartyName } from '@/components/PartyName';
import { CellReview } from '@/components/review/CellReview';
import { cellReviewOf, entryRevision } from '@/lib/data/reviewRead';
import { REVIEW_NOTICE_PARAM } from '@/lib/data/reviewRoutes';
import { versionReadOr404 } from '@/lib/data/route';
import { pageSession } from '@/app/workspace/pageSession';
import { cellReviewView } from '@/lib/pages/cellReview';
import { reviewNoticeOf } from '@/lib/review/body';
import { positionCellKey } from '@/lib/review/state';
import { hasValue } from '@/lib/model';
import { cellEvidenceHref, matrixCellHref } from '@/lib/matrix/cellLink';
import { cellEvidence } from '@/lib/pages/evidence';
import { partyStyles } from '@/lib/style/palette';
import { type KeptView, type SearchParams, parseViewState, toQueryString } from '@/lib/url/query';
import { codingItemHref, issueHref, reviewApiHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';

type CellParams = Promise<{ dataset: string; issue: string; party: string }>;

export async function generateMetadata({ params }: { params: CellParams }) {
  const { issue, party } = await params;
  return { title: `${party} on ${issue}` };
}

/** One cell's evidence: the position in full, its quotes with sources, and its history across rounds. */
export default async function CellEvidencePage({
  params,
  searchParams,
}: {
  params: CellParams;
  searchParams: Promise<SearchParams>;
}) {
  const { dataset: id, issue: issueId, party: partyId } = await params;
  const read = await versionReadOr404(id);
  if (!read.entry?.dataset) notFound();
  const entry = read.entry;
  const isOld = 'old' in read && read.old !== undefined;
  const dataset = read.entry.dataset;
  const query = await searchParams;
  const { state, notes } = parseViewState(query, dataset);
  const evidence = cellEvidence(dataset, issueId, partyId, state.round);
  if (!evidence) notFound();
  const { issue, party, round, cell, history, contested, readings } = evidence;
  // What this cell's links keep of the view, named here so that they keep the round with it (a
  // render's kept links add the same to any link that lacks them).
  const kept: KeptView = {
    version: state.version,
    orient: state.orient,
    whatif: entry.scenario?.changes.length ? entry.scenario.spec : undefined,
    reviewed: entry.review?.approvedOnly ? 'only' : undefined,
  };
  const atRound = { ...kept, round: state.round };
  const review = await cellReviewSection();

  const style = partyStyles(dataset.parties).get(party.id);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const issueTitles = new Map(dataset.issues.map((i) => [i.id, i.title]));
  const conditions: ConditionView[] = hasValue(cell.position)
    ? (cell.position.conditions ?? []).map((c) => ({
        text: c.text,
        issueTitle: c.issue ? issueTitles.get(c.issue) : undefined,
        href: c.issue ? cellEvidenceHref(dataset, c.issue, party.id, atRound) : undefined,
      }))
    : [];
  const entries = history.map((entry) => ({
    ...entry,
    href: cellEvidenceHref(dataset, issue.id, party.id, { ...kept, round: entry.round.id }),
  }));

  /** The review of the position shown (a workspace dataset's only): history, state and forms. */
  async function cellReviewSection() {
    const revision = entryRevision(entry);
    if (revision === undefined) return undefined;
    const key = positionCellKey(partyId, issueId, cell.fromRound?.id ?? round.id);
    const record = await cellReviewOf(entry, key);
    if (!record) return undefined;
    const session = await pageSession();
    const notice = reviewNoticeOf(query[REVIEW_NOTICE_PARAM]);
    return cellReviewView(record, {
      action: reviewApiHref(dataset.id),
      next: cellEvidenceHref(dataset, issueId, partyId, atRound),
      revision,
      notReviewable: isOld
        ? 'This is an earlier version: review the latest one.'
        : entry.scenario
          ? 'This is a what-if view, not the coded data: leave it to review.'
          : undefined,
      reader: session?.user,
      editHref: codingItemHref(dataset.id, 'positions', key),
      ...(notice ? { notice } : {}),
    });
  }
  const matrixHref = matrixCellHref(dataset, issue.id, party.id, atRound);

  return (
    <>
      <p className="small">
        <Link href={matrixHref}>← Back to the matrix</Link> ·{' '}
        <Link href={issueHref(dataset.id, issue.id, toQueryString(atRound, dataset))}>
          All positions on <DataText>{issue.title}</DataText>
        </Link>
      </p>
      {notes.map((note) => (
        <p key={note} className="notice" role="status">
          {note}
        </p>
      ))}
      <h1>
        <PartyName name={party.name} style={style} /> on <DataText>{issue.title}</DataText>
      </h1>
      <p>{issue.question}</p>
      <dl className="facts small">
        <dt>Scale 0</dt>
        <dd>{issue.scale.zero}</dd>
        <dt>Scale 100</dt>
        <dd>{issue.scale.hundred}</dd>
        <dt>Round viewed</dt>
        <dd>
          <DataText>{round.label}</DataText> ({formatDate(round.date)})
        </dd>
      </dl>

      <h2>
        Position in force at <DataText>{round.label}</DataText>
      </h2>
      {!cell.atTable ? (
        <p className="notice">
          Not at the table: <DataText>{party.name}</DataText> takes no part in{' '}
          <DataText>{round.label}</DataText>, so no position of it is in force there and none is
          carried into it.
        </p>
      ) : cell.position && cell.fromRound ? (
        <PositionDetails
          datasetId={dataset.id}
          position={cell.position}
          issue={issue}
          partyName={party.name}
          colour={style?.colour ?? 'currentColor'}
          fromRound={cell.fromRound}
          carried={cell.carried}
          conditions={conditions}
          sources={sources}
          contested={contested}
          readings={readings}
        />
      ) : (
        <p className="notice">
          Not coded: no source in this dataset has been checked for{' '}
          <DataText>{party.name}</DataText>&apos;s position on this issue up to{' '}
          <DataText>{round.label}</DataText>. That is not a position of 0.
        </p>
      )}

      <h2>History</h2>
      <PositionHistory entries={entries} />
      {review ? <CellReview view={review} /> : null}
    </>
  );
}
