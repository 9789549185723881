import Link from 'next/link';
import { CodingTop } from '@/components/coding/CodingTop';
import { ReviewQueue } from '@/components/review/ReviewQueue';
import { NeedsRole } from '@/components/workspace/NeedsRole';
import { APP_ACCESS } from '@/lib/data/access';
import { datasetReviewQueue } from '@/lib/data/workspace';
import { reviewQueueView } from '@/lib/pages/reviewQueue';
import { matrixHref, reviewQueueHref, workspaceDatasetHref } from '@/lib/url/routes';
import { codingContext } from '../coding';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Review queue' };

type Props = { params: Promise<{ dataset: string }> };

/** What is left to review in a workspace dataset: cells awaiting a reviewer, and cells challenged. */
export default async function ReviewQueuePage({ params }: Props) {
  const { dataset: id } = await params;
  const ctx = await codingContext(id, reviewQueueHref(id));
  const { user } = ctx.session;
  if (!ctx.mayCode) return <NeedsRole needed="coder" role={user.role} title="Review queue" />;
  const ws = await APP_ACCESS.open();
  const queue = ws ? await datasetReviewQueue(ws.db, id, user.email) : undefined;
  return (
    <>
      <CodingTop
        email={user.email}
        role={user.role}
        home={{ href: workspaceDatasetHref(id), words: 'Coding home' }}
        datasetTitle={ctx.dataset.title}
      />
      <h1>Review queue</h1>
      <p className="small muted">
        Each cell opens its evidence page, where its history and review forms are. The matrix
        filters by state too: <Link href={matrixHref(id, '?review=awaiting')}>awaiting</Link> ·{' '}
        <Link href={matrixHref(id, '?review=challenged')}>challenged</Link>.
      </p>
      {queue ? (
        <ReviewQueue view={reviewQueueView(ctx.dataset, queue, user.role)} />
      ) : (
        <p className="notice" role="alert">
          The workspace could not be read just now. Try again in a moment.
        </p>
      )}
    </>
  );
}
