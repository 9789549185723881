import type { ReactNode } from 'react';
import { DataText } from '@/components/DataText';
import type { LineSide, RedlineRowView } from '@/lib/pages/redline';
import { DiffText } from './DiffText';
import styles from './Redline.module.css';

/** One side of a line: the text's name and clause numbers, the clause titles and the text. */
function Side({
  name,
  side,
  absent,
  children,
}: {
  name: string;
  side?: LineSide;
  absent: string;
  children?: ReactNode;
}) {
  return (
    <div className={styles.side}>
      <p className={styles.sideLabel}>
        <DataText>{name}</DataText>
        {side ? <span className={styles.number}>{side.numbers}</span> : null}
        {side?.titles.length ? (
          <span className={styles.titles}>
            <DataText>{side.titles.join('; ')}</DataText>
          </span>
        ) : null}
      </p>
      {side ? (
        <p className={styles.text}>{children ?? <DataText>{side.text}</DataText>}</p>
      ) : (
        <p className={`${styles.text} muted`}>{absent}</p>
      )}
    </div>
  );
}

/**
 * The redline's lines, old text beside new, with the word diff and the issues each line
 * moves; in sections of ten lines, each printed on a page of its own.
 */
export function RedlineLines({
  pages,
  total,
  oldName,
  newName,
}: {
  pages: readonly (readonly RedlineRowView[])[];
  total: number;
  /** The two texts' short names, heading each side of a line. */
  oldName: string;
  newName: string;
}) {
  return (
    <>
      {pages.map((page, p) => {
        const first = page[0]?.position ?? 1;
        const last = page.at(-1)?.position ?? first;
        const label = `Lines ${first}–${last} of ${total}`;
        return (
          <section key={p} className={styles.page} aria-label={label}>
            <p className={styles.pageHead}>{label}</p>
            <ol className={styles.lines} start={first}>
              {page.map((row) => (
                <li key={row.anchor} id={row.anchor} className={styles.line} data-kind={row.kind}>
                  <p className={styles.lineHead}>
                    <span className={styles.position}>{row.position}</span>
                    <span className={styles.badge} data-kind={row.kind}>
                      {row.label}
                    </span>
                    {row.renumbered ? <span>{row.renumbered}</span> : null}
                    {row.similarity ? <span className="muted">{row.similarity.text}</span> : null}
                  </p>
                  <div className={styles.columns}>
                    <Side name={oldName} side={row.before} absent="Not in this text (added)." />
                    <Side name={newName} side={row.after} absent="Not in this text (dropped).">
                      {row.diff ? <DiffText parts={row.diff} /> : undefined}
                    </Side>
                    <div className={styles.side}>
                      <p className={styles.sideLabel}>Issues moved</p>
                      {row.moves.length ? (
                        <ul className={styles.moves}>
                          {row.moves.map((m) => (
                            <li key={m.issue}>
                              <b>
                                <DataText>{m.title}</DataText>
                              </b>
                              : <DataText>{m.text}</DataText>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        <p className={`${styles.text} muted`}>Names no issue.</p>
                      )}
                    </div>
                  </div>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
