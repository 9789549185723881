import Link from 'next/link';
import { MatrixPager } from '@/components/matrix/MatrixPager';
import { QuotedPassages } from '@/components/sources/QuotedPassages';
import { SourceDetails } from '@/components/sources/SourceDetails';
import { SourceText } from '@/components/sources/SourceText';
import { sourceOr404 } from '@/lib/data/lookup';
import { keptViewQuery, validDatasetOr404 } from '@/lib/data/route';
import {
  memoSourceView,
  sourcePage,
  sourcePageRequest,
  sourcePager,
} from '@/lib/pages/sourcePages';
import type { SearchParams } from '@/lib/url/query';
import { datasetHref, sourcePageHref } from '@/lib/url/routes';
import { count } from '@/lib/wording/numbers';
import styles from './page.module.css';

type SourceParams = Promise<{ dataset: string; source: string }>;

export async function generateMetadata({ params }: { params: SourceParams }) {
  const { dataset, source } = await params;
  return { title: `Source ${source} · ${dataset}` };
}

/**
 * One source: its details and full text, each quoted passage highlighted and linked to what cites
 * it. A source quoted more than PASSAGES_PER_PAGE times is paged: each page lists its passages
 * beside the stretch of text that holds them (`?page=`, or the page of `?passage=`).
 */
export default async function SourcePage({
  params,
  searchParams,
}: {
  params: SourceParams;
  searchParams: Promise<SearchParams>;
}) {
  const { dataset: id, source: sourceId } = await params;
  const entry = await validDatasetOr404(id);
  const { dataset } = entry;
  const source = sourceOr404(dataset, sourceId);
  const kept = await keptViewQuery();
  const view = memoSourceView(dataset, source, entry.sourceTexts.get(source.file));
  const shown = sourcePage(view, sourcePageRequest(await searchParams));
  const { blocks, passages } = shown;
  const pageHref = (page: number) => sourcePageHref(dataset.id, source.id, page, kept);
  const pager = shown.pageCount > 1 ? sourcePager(shown, pageHref) : undefined;
  const citedHref = (key: string) => {
    const page = shown.pageOf.get(key) ?? shown.page;
    return page === shown.page ? `#cited-${key}` : `${pageHref(page)}#cited-${key}`;
  };
  const numbers = new Map(view.passages.map((p) => [p.key, p.number]));
  const pagerNav = pager ? <MatrixPager pager={pager} label="Pages of quoted passages" /> : null;

  return (
    <>
      <p className="small">
        <Link href={datasetHref(dataset.id, 'sources', kept)}>← All sources</Link>
      </p>
      <h1>{source.title}</h1>
      <SourceDetails source={source} />
      <p className="muted">
        Every passage the dataset quotes is highlighted; its number leads to the positions, outcomes
        and events that cite it.
      </p>
      {pager ? (
        <p>
          Passages {shown.first}–{shown.last} of {count(shown.total, 'quoted passage')}, page{' '}
          {shown.page} of {shown.pageCount}: each page shows its passages beside the stretch of text
          that holds them.
          {shown.missing ? ` There is no page ${shown.missing}; this is the last.` : ''}
        </p>
      ) : null}
      {pagerNav}
      <div className={styles.columns}>
        <section aria-labelledby="full-text">
          <h2 id="full-text">Full text</h2>
          {blocks ? (
            <SourceText blocks={blocks} numbers={numbers} citedHref={citedHref} />
          ) : (
            <p className="notice">The text of this source ({source.file}) could not be read.</p>
          )}
        </section>
        <section aria-labelledby="quoted-passages">
          <h2 id="quoted-passages">Quoted passages ({shown.total})</h2>
          <QuotedPassages passages={passages} />
        </section>
      </div>
      {pagerNav}
    </>
  );
}
