import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PairPicker } from '@/components/compare/PairPicker';
import { ViewNotes } from '@/components/ViewNotes';
import { alignmentMatrix, takeSnapshot } from '@/lib/analysis';
import { validDatasetOr404, type DatasetPageProps } from '@/lib/data/route';
import { pairChoice } from '@/lib/url/pairChoice';
import { parseViewState } from '@/lib/url/query';
import { pairHref } from '@/lib/url/routes';
import { alignmentText } from '@/lib/wording/agreement';

export const metadata = { title: 'Compare two parties' };

/** Choose two parties to compare (a GET form that redirects to the pair page), with every pair's alignment. */
export default async function ComparePage(props: DatasetPageProps) {
  const { dataset: id } = await props.params;
  const { dataset } = await validDatasetOr404(id);
  const query = await props.searchParams;
  const { state, notes } = parseViewState(query, dataset);
  const choice = pairChoice(query, dataset);
  if (choice.kind === 'pair') redirect(pairHref(dataset, choice.a, choice.b, state));
  const snapshot = takeSnapshot(dataset, { round: state.round });
  const names = new Map(dataset.parties.map((p) => [p.id, p.name]));
  const pairs = alignmentMatrix(snapshot);
  // A proposal and its successor are never at the table together: offered apart, each at its own round.
  const successions = dataset.parties.flatMap((party) =>
    party.supersedes ? [[party.supersedes, party.id] as const] : [],
  );

  return (
    <>
      <h1>Compare two parties</h1>
      <p>
        Pick two parties to see, issue by issue, where they agree, where they are furthest apart and
        where only one of them has a position.
      </p>
      <ViewNotes notes={[...notes, ...(choice.kind === 'problem' ? [choice.message] : [])]} />
      <PairPicker
        dataset={dataset}
        a={choice.a}
        b={choice.b}
        round={state.round}
        version={state.version}
      />
      <h2>Every pair</h2>
      <ul>
        {pairs.map((pair) => (
          <li key={`${pair.a}-${pair.b}`}>
            <Link href={pairHref(dataset, pair.a, pair.b, state)}>
              {names.get(pair.a)} and {names.get(pair.b)}
            </Link>
            : <span className={pair.score === undefined ? 'muted' : ''}>{alignmentText(pair)}</span>
          </li>
        ))}
      </ul>
      {successions.length ? (
        <>
          <h2>Proposals and the proposals that replaced them</h2>
          <p className="small muted">
            Never at the table together, so each is compared at the last round where it is in force.
          </p>
          <ul>
            {successions.map(([a, b]) => (
              <li key={`${a}-${b}`}>
                <Link href={pairHref(dataset, a, b, { version: state.version })}>
                  {names.get(a)} and {names.get(b)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
