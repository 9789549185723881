import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StackedStripsFigure } from '@/components/charts/StackedStripsFigure';
import { CompareTable } from '@/components/compare/CompareTable';
import { IssueLinkList } from '@/components/compare/IssueLinkList';
import { DataText } from '@/components/DataText';
import { PartyName } from '@/components/PartyName';
import { ViewControls } from '@/components/ViewControls';
import { ViewNotes } from '@/components/ViewNotes';
import { pairSnapshot } from '@/lib/analysis';
import { chartCsvHref } from '@/lib/charts/export';
import { ISSUES_DRAWN } from '@/lib/charts/layout';
import { stackedStripSeries } from '@/lib/charts/stacked';
import { getValidDataset } from '@/lib/data';
import { partyOr404 } from '@/lib/data/lookup';
import { validDatasetOr404 } from '@/lib/data/route';
import { agreementText, comparePair, signedRowText } from '@/lib/pages/compare';
import { partyStyles, partyViews } from '@/lib/style/palette';
import { type SearchParams, parseViewState, toQueryString } from '@/lib/url/query';
import { compareHref, issueHref, pairHref } from '@/lib/url/routes';
import { APART_WORDS, CLOSE_WORDS, alignmentText } from '@/lib/wording/agreement';
import { formatDate } from '@/lib/wording/dates';
import { gapText } from '@/lib/wording/gap';
import { isolate } from '@/lib/wording/text';
import styles from './page.module.css';

type PairParams = Promise<{ dataset: string; a: string; b: string }>;

export async function generateMetadata({ params }: { params: PairParams }) {
  const { dataset, a, b } = await params;
  const parties = (await getValidDataset(dataset))?.dataset.parties ?? [];
  const name = (id: string) => parties.find((p) => p.id === id)?.name ?? id;
  return { title: `${name(a)} and ${name(b)}` };
}

/** Two parties head to head: alignment, agreements, widest gaps, one-sided issues, and every issue side by side. */
export default async function PairPage({
  params,
  searchParams,
}: {
  params: PairParams;
  searchParams: Promise<SearchParams>;
}) {
  const { dataset: id, a: aId, b: bId } = await params;
  const { dataset } = await validDatasetOr404(id);
  const a = partyOr404(dataset, aId);
  const b = partyOr404(dataset, bId);
  if (a.id === b.id) notFound();
  const { state, notes } = parseViewState(await searchParams, dataset);
  const { snapshot, successionRounds } = pairSnapshot(dataset, a.id, b.id, state.round);
  const pair = comparePair(dataset.issues, snapshot, dataset.outcomes ?? [], a.id, b.id);
  const colours = partyStyles(dataset.parties);
  const chartColours = partyViews(dataset.parties);
  const strips = stackedStripSeries(dataset, snapshot, ISSUES_DRAWN);
  const nameOf = (party: string) => dataset.parties.find((p) => p.id === party)?.shortName ?? party;
  const issueLink = (row: { issue: { id: string } }) =>
    issueHref(dataset.id, row.issue.id, toQueryString({ parties: [a.id, b.id] }));

  return (
    <>
      <p className="small">
        <Link href={compareHref(dataset.id, toQueryString({ round: state.round }, dataset))}>
          ← Choose other parties
        </Link>{' '}
        · <Link href={pairHref(dataset, b.id, a.id, state)}>Swap sides</Link>
      </p>
      <h1 className={styles.title}>
        <PartyName name={a.name} style={colours.get(a.id)} /> and{' '}
        <PartyName name={b.name} style={colours.get(b.id)} />
      </h1>
      <p className={styles.score}>
        {pair.alignment.score === undefined ? (
          <span className="muted">{alignmentText(pair.alignment)}</span>
        ) : (
          <strong>{alignmentText(pair.alignment)}</strong>
        )}
      </p>
      {successionRounds ? (
        <p className="small muted">
          Alignment is 100 minus the mean range gap over the issues where both have a position. One
          of these proposals replaced the other, so they are never at the table together: each is
          shown at the last round where it is in force, <DataText>{a.name}</DataText> at{' '}
          <DataText>{successionRounds.a.label}</DataText> ({formatDate(successionRounds.a.date)})
          and <DataText>{b.name}</DataText> at <DataText>{successionRounds.b.label}</DataText> (
          {formatDate(successionRounds.b.date)}).
        </p>
      ) : (
        <p className="small muted">
          Alignment is 100 minus the mean range gap over the issues where both have a position;
          positions in force at <DataText>{snapshot.round.label}</DataText> (
          {formatDate(snapshot.round.date)}
          ).
        </p>
      )}
      <ViewControls
        action={pairHref(dataset, a.id, b.id)}
        dataset={dataset}
        state={state}
        partyControls={false}
      />
      <ViewNotes notes={notes} />

      <div className={styles.columns}>
        <section>
          <h2>Where they agree</h2>
          <IssueLinkList
            rows={pair.agreements}
            href={issueLink}
            detail={(row) => agreementText(row)}
            empty={`No issue where a recorded outcome names both, their ranges overlap, or they are ${CLOSE_WORDS}.`}
          />
        </section>
        <section>
          <h2>Where they are furthest apart</h2>
          <IssueLinkList
            rows={pair.furthest}
            href={issueLink}
            detail={(row) => {
              if (row.apart === undefined) return '';
              const signed = signedRowText(row, nameOf, state.orient);
              return signed ? `${gapText(row.apart)}: ${signed}` : gapText(row.apart);
            }}
            empty={`No issue where both are known and ${APART_WORDS}.`}
          />
        </section>
      </div>

      <h2>Only one of them is known</h2>
      <div className={styles.columns}>
        <section>
          <h3>
            Only <DataText>{a.name}</DataText>
          </h3>
          <IssueLinkList
            rows={pair.onlyA}
            href={issueLink}
            detail={(row) => <DataText>{row.a.position?.label}</DataText>}
            empty={
              <>
                No issue where only <DataText>{a.name}</DataText> has a position.
              </>
            }
          />
        </section>
        <section>
          <h3>
            Only <DataText>{b.name}</DataText>
          </h3>
          <IssueLinkList
            rows={pair.onlyB}
            href={issueLink}
            detail={(row) => <DataText>{row.b.position?.label}</DataText>}
            empty={
              <>
                No issue where only <DataText>{b.name}</DataText> has a position.
              </>
            }
          />
        </section>
      </div>
      {pair.neither > 0 ? (
        <p className="small muted">
          Neither has a stated position on {pair.neither} of {dataset.issues.length} issues.
        </p>
      ) : null}

      <StackedStripsFigure
        datasetId={dataset.id}
        series={strips}
        csvHref={chartCsvHref(dataset, snapshot, 'stacked')}
        parties={[a.id, b.id].flatMap((p) => chartColours.get(p) ?? [])}
        id={`strips-${a.id}-${b.id}`}
        title={
          strips.total > strips.rows.length
            ? `${isolate(a.name)} and ${isolate(b.name)}: the ${strips.rows.length} most divided of ${strips.total} issues`
            : `Every issue: ${isolate(a.name)} and ${isolate(b.name)}, most divided first`
        }
        headingLevel={2}
      />

      <h2>Side by side</h2>
      <CompareTable
        datasetId={dataset.id}
        rows={pair.rows}
        a={a}
        b={b}
        colours={colours}
        rounds={successionRounds}
      />
    </>
  );
}
