import { notFound } from 'next/navigation';
import { ChangeFileList } from '@/components/changes/ChangeFileList';
import { RevisionList } from '@/components/changes/RevisionList';
import { ViewNotes } from '@/components/ViewNotes';
import { changeRecord } from '@/lib/data/changeLog';
import type { DatasetPageProps } from '@/lib/data/route';
import { changesView, parseChangesRange } from '@/lib/pages/changes';
import { downloadHref } from '@/lib/url/routes';
import { count } from '@/lib/wording/numbers';

export const metadata = { title: 'Changes' };
export const dynamic = 'force-dynamic';

/** The query of this page kept for its CSV: only `from` and `to`, as given. */
function rangeQuery(from: number | undefined, to: number | undefined): string {
  const q = new URLSearchParams();
  if (from !== undefined) q.set('from', String(from));
  if (to !== undefined) q.set('to', String(to));
  const text = q.toString();
  return text ? `?${text}` : '';
}

/** What changed in the dataset: a workspace dataset's revisions, or a folder dataset's CHANGES.md. */
export default async function ChangesPage({ params, searchParams }: DatasetPageProps) {
  const { dataset: id } = await params;
  let record;
  try {
    record = await changeRecord(id);
  } catch (error) {
    // The workspace went away mid-request (a command holds it, the server is down): say so.
    console.warn(`changes of ${id}: ${error instanceof Error ? error.message : String(error)}`);
    return (
      <>
        <h1>Changes</h1>
        <p className="notice">
          The workspace could not be read just now, so this dataset&apos;s revisions cannot be
          listed. Try again in a moment; the server log has the reason.
        </p>
      </>
    );
  }
  if (!record) notFound();
  const range = parseChangesRange(await searchParams);
  const view = changesView(record, range, new Date());
  const csv = downloadHref(id, 'changes.csv', rangeQuery(range.from, range.to));

  return (
    <>
      <h1>Changes</h1>
      <ViewNotes notes={view.notes} />
      {view.home === 'workspace' ? (
        <>
          <p>
            Every revision of this dataset in the workspace: who made it, when and why, and each
            cell, source or party added, changed (old → new value) or removed. The latest revision
            is {view.latest}. Choose a range with <code>?from=</code> and <code>?to=</code>{' '}
            (revision numbers: the revisions after <code>from</code>, up to <code>to</code>).
          </p>
          <section aria-labelledby="revisions">
            <h2 id="revisions">{view.heading}</h2>
            <p className="small muted">
              {count(view.revisions.length, 'revision')}, newest first.{' '}
              <a href={csv} download>
                Download these changes (CSV)
              </a>
            </p>
            <RevisionList revisions={view.revisions} />
          </section>
        </>
      ) : (
        <>
          <p>
            The entries of this dataset&apos;s CHANGES.md, newest first: what each{' '}
            <code>npm run import</code> that updated or replaced it changed.
          </p>
          <section aria-labelledby="entries">
            <h2 id="entries">Recorded changes</h2>
            {view.entries.length ? (
              <p className="small muted">
                {count(view.entries.length, 'entry', 'entries')}.{' '}
                <a href={csv} download>
                  Download these changes (CSV)
                </a>
              </p>
            ) : null}
            <ChangeFileList entries={view.entries} />
          </section>
        </>
      )}
    </>
  );
}
