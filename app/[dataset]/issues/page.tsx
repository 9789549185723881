import Link from 'next/link';
import { DataText } from '@/components/DataText';
import { PartyName } from '@/components/PartyName';
import { TableScroll } from '@/components/TableScroll';
import { ViewControls } from '@/components/ViewControls';
import { ViewNotes } from '@/components/ViewNotes';
import { takeSnapshot } from '@/lib/analysis';
import { datasetViewOr404, type DatasetPageProps } from '@/lib/data/route';
import { issueListRows } from '@/lib/pages/issueList';
import { partyStyles } from '@/lib/style/palette';
import { DEFAULT_VIEW, viewHref } from '@/lib/url/query';
import { issueHref, issuesHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { count, points } from '@/lib/wording/numbers';
import { contestedSideText } from '@/lib/wording/statement';
import { capitalise } from '@/lib/wording/text';
import css from './page.module.css';

export const metadata = { title: 'Issues' };

/** Every issue with its widest gap and the pair behind it; sort, filter and party choice from the URL. */
export default async function IssuesPage(props: DatasetPageProps) {
  const { dataset, state, notes } = await datasetViewOr404(props);
  const snapshot = takeSnapshot(dataset, { round: state.round, parties: state.parties });
  const rows = issueListRows(dataset, snapshot, state);
  const styles = partyStyles(dataset.parties);
  const names = new Map(dataset.parties.map((p) => [p.id, p.name]));
  const issueLink = (issue: string) =>
    viewHref(
      issueHref(dataset.id, issue),
      { ...DEFAULT_VIEW, parties: state.parties, round: state.round },
      {},
      dataset,
    );

  return (
    <>
      <h1>Issues</h1>
      <p className="muted">
        {count(rows.length, 'issue')} of {dataset.issues.length} shown · positions in force at{' '}
        <DataText>{snapshot.round.label}</DataText> ({formatDate(snapshot.round.date)})
      </p>
      <ViewControls action={issuesHref(dataset.id)} dataset={dataset} state={state} listControls />
      <ViewNotes notes={notes} />
      {rows.length === 0 ? (
        <p>
          No issue matches. <Link href={issuesHref(dataset.id)}>Show every issue</Link>
        </p>
      ) : (
        <TableScroll>
          <table className={`data ${css.table}`}>
            <caption>Issues and the chosen parties furthest apart on each</caption>
            <thead>
              <tr>
                <th scope="col">Issue</th>
                <th scope="col" className="num">
                  Positions apart (of 100)
                </th>
                <th scope="col">Between</th>
                <th scope="col" className="num">
                  Widest range gap (of 100)
                </th>
                <th scope="col" className="num">
                  Top salience (1-5)
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ issue, disagreement, topSalience, ranged, contested }) => (
                <tr key={issue.id}>
                  <td>
                    <Link href={issueLink(issue.id)}>{issue.title}</Link>
                    <div className="small muted">{issue.question}</div>
                    {contested.map(({ party, readings }) => (
                      <div key={party} className="small">
                        <DataText>
                          {capitalise(contestedSideText(names.get(party) ?? party, readings))}
                        </DataText>
                      </div>
                    ))}
                  </td>
                  {disagreement.widest ? (
                    <>
                      <td className="num" data-label="Positions apart (of 100)">
                        {points(disagreement.widest.distance)}
                      </td>
                      <td data-label="Between">
                        <PartyName
                          name={names.get(disagreement.widest.a) ?? disagreement.widest.a}
                          style={styles.get(disagreement.widest.a)}
                        />{' '}
                        and{' '}
                        <PartyName
                          name={names.get(disagreement.widest.b) ?? disagreement.widest.b}
                          style={styles.get(disagreement.widest.b)}
                        />
                      </td>
                      <td className="num" data-label="Widest range gap (of 100)">
                        {ranged && disagreement.maxRangeGap !== undefined ? (
                          points(disagreement.maxRangeGap)
                        ) : (
                          <span className="muted small">no range given</span>
                        )}
                      </td>
                    </>
                  ) : (
                    <td colSpan={3} className="muted" data-label="Positions apart">
                      {disagreement.known === 0
                        ? 'no stated positions'
                        : 'only one side known: no gap'}
                    </td>
                  )}
                  <td className="num" data-label="Top salience (1-5)">
                    {topSalience === undefined ? <span className="muted">–</span> : topSalience}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
