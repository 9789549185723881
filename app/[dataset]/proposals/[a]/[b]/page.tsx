import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DataText } from '@/components/DataText';
import { PartyName } from '@/components/PartyName';
import { ProposalPicker } from '@/components/proposals/ProposalPicker';
import { DiffLegend } from '@/components/proposals/DiffLegend';
import { RedlineLines } from '@/components/proposals/RedlineLines';
import { RedlineSummary } from '@/components/proposals/RedlineSummary';
import { ViewNotes } from '@/components/ViewNotes';
import { analyse } from '@/lib/analysis';
import { buildDeck, versionText } from '@/lib/brief';
import { getValidDataset } from '@/lib/data';
import { partyOr404 } from '@/lib/data/lookup';
import { validDatasetOr404 } from '@/lib/data/route';
import { proposalsWithClauses } from '@/lib/pages/proposals';
import { LINES_PER_PAGE, redlineView } from '@/lib/pages/redline';
import { partyStyles } from '@/lib/style/palette';
import {
  DEFAULT_VIEW,
  type SearchParams,
  keptQuery,
  parseViewState,
  toQueryString,
} from '@/lib/url/query';
import { datasetHref, redlineCsvHref, redlineHref } from '@/lib/url/routes';
import { redlineMethod } from '@/lib/wording/redline';
import styles from './page.module.css';

type RedlineParams = Promise<{ dataset: string; a: string; b: string }>;

export async function generateMetadata({ params }: { params: RedlineParams }) {
  const { dataset, a, b } = await params;
  const parties = (await getValidDataset(dataset))?.dataset.parties ?? [];
  const name = (id: string) => parties.find((p) => p.id === id)?.shortName ?? id;
  return { title: `Redline: ${name(b)} against ${name(a)} · ${dataset}` };
}

/** Two proposals clause by clause: the computed summary, then every line with its word diff and the issues it moves. */
export default async function RedlinePage({
  params,
  searchParams,
}: {
  params: RedlineParams;
  searchParams: Promise<SearchParams>;
}) {
  const { dataset: id, a: aId, b: bId } = await params;
  const entry = await validDatasetOr404(id);
  const { dataset } = entry;
  const a = partyOr404(dataset, aId);
  const b = partyOr404(dataset, bId);
  if (a.id === b.id || a.kind !== 'proposal' || b.kind !== 'proposal') notFound();
  const { state, notes } = parseViewState(await searchParams, dataset);
  const kept = keptQuery(state);
  const colours = partyStyles(dataset.parties);
  const view = redlineView(dataset, a, b);
  const comparable = proposalsWithClauses(dataset);
  const heading = (
    <h1 className={styles.title}>
      <PartyName name={b.name} style={colours.get(b.id)} /> against{' '}
      <PartyName name={a.name} style={colours.get(a.id)} />
    </h1>
  );
  const picker =
    comparable.length >= 2 ? (
      <>
        <h2 className="no-print">Compare other proposals</h2>
        <div className="no-print">
          <ProposalPicker
            datasetId={dataset.id}
            proposals={comparable}
            a={a.id}
            b={b.id}
            version={state.version}
          />
        </div>
      </>
    ) : null;
  if (!view) {
    const missing = [a, b].filter((p) => !p.clauses?.length);
    return (
      <>
        {heading}
        <ViewNotes notes={notes} />
        <p>
          No redline:{' '}
          {missing.map((p, i) => (
            <span key={p.id}>
              {i ? ' and ' : ''}
              <DataText>{p.name}</DataText>
            </span>
          ))}{' '}
          {missing.length === 1 ? 'has' : 'have'} no clauses recorded. Clauses come from clauses.csv
          (see docs/data-format.md).
        </p>
        {picker}
      </>
    );
  }
  // The briefing slide of this pair, when the deck has one (a proposal and its successor).
  const deck = buildDeck(dataset, analyse(dataset, { limit: 50 }), DEFAULT_VIEW, {
    version: entry.version,
  });
  const slide = deck.slides.findIndex(
    (s) => s.kind === 'redline' && s.a.id === a.id && s.b.id === b.id,
  );
  return (
    <div className={styles.printed}>
      {heading}
      <p className={styles.lede}>
        Clause by clause: what <DataText>{b.name}</DataText> keeps, changes, splits, merges, drops
        and adds of <DataText>{a.name}</DataText>, and how far each change moves the issues it
        names.
      </p>
      <p className={`${styles.actions} small no-print`}>
        <Link href={redlineHref(dataset.id, b.id, a.id, kept)}>Swap old and new</Link>
        <a href={redlineCsvHref(dataset.id, a.id, b.id, kept)} download>
          Download the redline (CSV)
        </a>
        {slide >= 0 ? (
          <Link
            href={datasetHref(
              dataset.id,
              'brief',
              toQueryString({ slide: slide + 1, version: state.version }),
            )}
          >
            Present the summary (briefing slide {slide + 1})
          </Link>
        ) : null}
        <span className="muted">
          Printing gives the summary, then {LINES_PER_PAGE} lines a page.
        </span>
      </p>
      <p className={styles.provenance}>{versionText(dataset.asOf, entry.version)}</p>
      <ViewNotes notes={notes} />
      <RedlineSummary
        summary={view.summary}
        oldName={a.shortName}
        newName={b.shortName}
        method={redlineMethod()}
      />
      <h2>Clause by clause</h2>
      <DiffLegend />
      <RedlineLines
        pages={view.pages}
        total={view.rows.length}
        oldName={a.shortName}
        newName={b.shortName}
      />
      {picker}
    </div>
  );
}
