import Link from 'next/link';
import { TableScroll } from '@/components/TableScroll';
import type { QueueRow, ReviewQueueView } from '@/lib/pages/reviewQueue';

function QueueTable({ id, caption, rows }: { id: string; caption: string; rows: QueueRow[] }) {
  const challenged = rows.some((r) => r.challenge);
  return (
    <TableScroll>
      <table className="data" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Cell</th>
            <th scope="col">Latest change</th>
            {challenged ? <th scope="col">Challenge</th> : null}
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.cell}>
              <th scope="row">
                <Link href={r.href}>
                  <bdi>{r.words}</bdi>
                </Link>
              </th>
              <td className="small">{r.change}</td>
              {challenged ? (
                <td>
                  {r.challenge ? (
                    <>
                      <bdi>{r.challenge.text}</bdi>{' '}
                      <span className="small muted">({r.challenge.by})</span>
                    </>
                  ) : null}
                </td>
              ) : null}
              <td className="small">{r.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A dataset's review queue: the cells awaiting a reviewer, then those challenged, each linking to its evidence page. */
export function ReviewQueue({ view }: { view: ReviewQueueView }) {
  return (
    <>
      <p role="status">{view.summary}</p>
      <section aria-labelledby="queue-awaiting">
        <h2 id="queue-awaiting">Awaiting review</h2>
        {view.awaiting.length ? (
          <QueueTable
            id="awaiting"
            caption={`Awaiting review (${view.awaiting.length}), others' changes first, oldest first`}
            rows={view.awaiting}
          />
        ) : (
          <p className="muted">No cell is awaiting review.</p>
        )}
      </section>
      <section aria-labelledby="queue-challenged">
        <h2 id="queue-challenged">Challenged</h2>
        {view.challenged.length ? (
          <QueueTable
            id="challenged"
            caption={`Challenged (${view.challenged.length}), unanswered first, oldest first`}
            rows={view.challenged}
          />
        ) : (
          <p className="muted">No cell is challenged.</p>
        )}
      </section>
    </>
  );
}
