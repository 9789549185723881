import Link from 'next/link';
import { CodingTop } from '@/components/coding/CodingTop';
import styles from '@/components/coding/Coding.module.css';
import { NeedsRole } from '@/components/workspace/NeedsRole';
import { isCodingPart, PART_WORDS } from '@/lib/coding';
import { firstParam } from '@/lib/pages/access';
import { codingHome } from '@/lib/pages/coding';
import {
  editingGridHref,
  matrixHref,
  reviewQueueHref,
  workspaceDatasetHref,
  workspaceHref,
} from '@/lib/url/routes';
import { codingContext } from './coding';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Coding' };

type Props = {
  params: Promise<{ dataset: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A workspace dataset's coding home: its parts with edit and add links, and each round's cells. */
export default async function CodingHomePage({ params, searchParams }: Props) {
  const { dataset: id } = await params;
  const ctx = await codingContext(id, workspaceDatasetHref(id));
  const query = await searchParams;
  const { user } = ctx.session;
  if (!ctx.mayCode) return <NeedsRole needed="coder" role={user.role} title="Coding" />;
  const home = codingHome(id, ctx.dataset);
  const removedPart = firstParam(query.removed);
  const removed =
    removedPart && isCodingPart(removedPart) && /^\d+$/.test(firstParam(query.saved) ?? '')
      ? removedPart
      : undefined;
  return (
    <>
      <CodingTop
        email={user.email}
        role={user.role}
        home={{ href: workspaceHref(), words: 'Workspace' }}
        datasetTitle={ctx.dataset.title}
        saved={removed ? undefined : firstParam(query.saved)}
      />
      {removed ? (
        <p className={styles.done} role="status">
          Removed {PART_WORDS[removed].a} in revision {firstParam(query.saved)}.
        </p>
      ) : null}
      <h1>
        Coding: <bdi>{ctx.dataset.title}</bdi>
      </h1>
      <p className="muted small">
        Version {ctx.version}. Every save becomes a revision.{' '}
        <Link href={matrixHref(id)}>See the matrix</Link> ·{' '}
        <Link href={editingGridHref(id)}>Edit in the grid</Link> (keyboard: arrows, Enter) ·{' '}
        <Link href={reviewQueueHref(id)}>Review queue</Link>
      </p>
      {home.lists.map((list) => (
        <section key={list.part} aria-labelledby={`h-${list.part}`}>
          <h2 id={`h-${list.part}`}>{PART_WORDS[list.part].many}</h2>
          <ul>
            {list.items.map((item) => (
              <li key={item.key}>
                <Link href={item.href}>
                  <bdi>{item.words}</bdi>
                </Link>{' '}
                <span className="small muted">
                  {item.key}
                  {item.detail ? ` · ${item.detail}` : ''}
                </span>
              </li>
            ))}
          </ul>
          <p>
            <Link href={list.addHref}>Add {PART_WORDS[list.part].a}</Link>
          </p>
        </section>
      ))}
      <h2>Positions</h2>
      <p className="muted small">
        Each cell opens the position editor for that party, issue and round.
      </p>
      {home.rounds.map((round) => (
        <section key={round.id} aria-labelledby={`h-round-${round.id}`}>
          <h3 id={`h-round-${round.id}`}>
            <bdi>{round.label}</bdi>
          </h3>
          <div style={{ overflowX: 'auto' }}>
            <table className={styles.cells}>
              <thead>
                <tr>
                  <th scope="col">Party</th>
                  {round.issues.map((i) => (
                    <th key={i.id} scope="col">
                      <bdi>{i.title}</bdi>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {round.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">
                      <bdi>{row.name}</bdi>
                    </th>
                    {row.cells.map((cell) => (
                      <td key={cell.issue}>
                        <Link href={cell.href} aria-label={cell.label}>
                          {cell.words}
                        </Link>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
