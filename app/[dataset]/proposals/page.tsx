import { redirect } from 'next/navigation';
import { ProposalList } from '@/components/proposals/ProposalList';
import { ProposalPicker } from '@/components/proposals/ProposalPicker';
import { ViewNotes } from '@/components/ViewNotes';
import { datasetViewOr404, titledPage, type DatasetPageProps } from '@/lib/data/route';
import { defaultRedlinePair, proposalItems, proposalsWithClauses } from '@/lib/pages/proposals';
import { partyStyles } from '@/lib/style/palette';
import { pairChoice } from '@/lib/url/pairChoice';
import { keptQuery } from '@/lib/url/query';
import { redlineHref } from '@/lib/url/routes';

export const generateMetadata = titledPage('Proposals');

/**
 * The proposals: opens the redline of the two the form names (`?a=&b=`), else of the first
 * proposal and the one replacing it; lists them when there is no such pair.
 */
export default async function ProposalsPage(props: DatasetPageProps) {
  const { dataset, query, state, notes } = await datasetViewOr404(props);
  const comparable = proposalsWithClauses(dataset);
  const choice = pairChoice(query, { parties: comparable });
  const kept = keptQuery(state);
  if (choice.kind === 'pair') redirect(redlineHref(dataset.id, choice.a, choice.b, kept));
  const pair = defaultRedlinePair(dataset);
  if (choice.kind === 'none' && pair)
    redirect(redlineHref(dataset.id, pair[0].id, pair[1].id, kept));
  const items = proposalItems(dataset);
  const problem = choice.kind === 'problem' ? [choice.message] : [];
  return (
    <>
      <h1>Proposals</h1>
      <p>
        A proposal is a draft plan or counter-proposal coded as a party of kind “proposal”. Given
        its clauses, two proposals can be compared clause by clause: what the newer one keeps,
        rewrites, splits, merges, drops and adds, and how far it moves each issue.
      </p>
      <ViewNotes notes={[...notes, ...problem]} />
      {items.length === 0 ? (
        <p className="muted">
          This dataset has no proposals. Add a party of kind “proposal” and its clauses
          (clauses.csv) to compare texts clause by clause; docs/data-format.md shows how.
        </p>
      ) : (
        <ProposalList
          items={items}
          colours={partyStyles(dataset.parties)}
          redlineHref={(a, b) => redlineHref(dataset.id, a, b, kept)}
        />
      )}
      {comparable.length >= 2 ? (
        <ProposalPicker
          datasetId={dataset.id}
          proposals={comparable}
          a={choice.a}
          b={choice.b}
          version={state.version}
        />
      ) : items.length ? (
        <p className="muted">
          {comparable.length === 0 ? 'No proposal has' : 'Only one proposal has'} clauses recorded;
          two are needed for a redline.
        </p>
      ) : null}
    </>
  );
}
