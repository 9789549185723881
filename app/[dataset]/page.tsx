import Link from 'next/link';
import { PartyName } from '@/components/PartyName';
import { analyse } from '@/lib/analysis';
import { validDatasetOr404, type DatasetParams } from '@/lib/data/route';
import { formatDate } from '@/lib/model';
import { count, gapText } from '@/lib/view/format';
import { partyStyles } from '@/lib/view/palette';

export async function generateMetadata({ params }: { params: DatasetParams }) {
  const { dataset } = await params;
  return { title: dataset };
}

/** The overview of one negotiation: who is at the table, on what, and where they are furthest apart. */
export default async function OverviewPage({ params }: { params: DatasetParams }) {
  const { dataset: id } = await params;
  const { dataset } = validDatasetOr404(id);
  const analysis = analyse(dataset, { limit: 10 });
  const styles = partyStyles(dataset.parties);
  const partyName = new Map(dataset.parties.map((p) => [p.id, p.name]));
  const issueTitle = new Map(dataset.issues.map((i) => [i.id, i.title]));
  const oneSided = analysis.disagreements.filter((d) => d.widest === undefined).length;

  return (
    <>
      <h1>{dataset.title}</h1>
      <p className="muted">
        As of {formatDate(dataset.asOf)} · viewing {analysis.snapshot.round.label} (
        {formatDate(analysis.snapshot.round.date)})
      </p>
      <p>{dataset.summary}</p>

      <h2>Parties</h2>
      <ul className="party-list">
        {dataset.parties.map((party) => (
          <li key={party.id}>
            <PartyName name={party.name} style={styles.get(party.id)} />
            {party.members?.length ? (
              <span className="muted small"> ({party.members.join(', ')})</span>
            ) : null}
          </li>
        ))}
      </ul>

      <h2>Issues</h2>
      <p className="small muted">
        {count(dataset.issues.length, 'issue')}; only one side&apos;s position is known on{' '}
        {oneSided} of {dataset.issues.length}.
      </p>
      <ul>
        {analysis.disagreements.map((d) => {
          const issue = issueTitle.get(d.issue) ?? d.issue;
          return (
            <li key={d.issue}>
              {issue}:{' '}
              {d.widest ? (
                <>
                  widest {gapText(d.widest.gap)}, {partyName.get(d.widest.a)} vs{' '}
                  {partyName.get(d.widest.b)}
                </>
              ) : (
                <span className="muted">
                  {d.known === 0 ? 'no stated positions' : 'only one side known'}
                </span>
              )}
            </li>
          );
        })}
      </ul>

      <h2>Top points of disagreement</h2>
      {analysis.pointsOfDisagreement.length === 0 ? (
        <p className="muted">
          No pair of parties is more than 10 points apart on any issue where both positions are
          known.
        </p>
      ) : (
        <table className="data">
          <caption>Pairs of parties furthest apart, by issue</caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">Between</th>
              <th scope="col" className="num">
                Gap (of 100)
              </th>
              <th scope="col" className="num">
                Mean salience (1-5)
              </th>
            </tr>
          </thead>
          <tbody>
            {analysis.pointsOfDisagreement.map((p) => (
              <tr key={`${p.issue}-${p.a}-${p.b}`}>
                <td>{issueTitle.get(p.issue)}</td>
                <td>
                  {partyName.get(p.a)} vs {partyName.get(p.b)}
                </td>
                <td className="num">{Math.round(p.gap)}</td>
                <td className="num">{p.meanSalience.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="small">
        <Link href={`/${dataset.id}/matrix`}>Open the position matrix</Link>
      </p>
    </>
  );
}
