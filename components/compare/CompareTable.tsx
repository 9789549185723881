import Link from 'next/link';
import { PartyName } from '@/components/PartyName';
import { TableScroll } from '@/components/TableScroll';
import { DataText } from '@/components/DataText';
import type { Party, Round } from '@/lib/model';
import type { CompareRow } from '@/lib/pages/compare';
import type { PartyStyle } from '@/lib/style/palette';
import { toQueryString } from '@/lib/url/query';
import { issueHref } from '@/lib/url/routes';
import { GapFigure } from '@/components/GapFigure';
import { PairCell } from './PairCell';
import styles from './CompareTable.module.css';

/**
 * Every issue with both parties' positions side by side and the gap between them; with `rounds`
 * (a proposal and its successor) each column is labelled with the round it is shown at.
 */
export function CompareTable({
  datasetId,
  rows,
  a,
  b,
  colours,
  rounds,
}: {
  datasetId: string;
  rows: readonly CompareRow[];
  a: Party;
  b: Party;
  colours: ReadonlyMap<string, PartyStyle>;
  rounds?: { a: Round; b: Round };
}) {
  return (
    <TableScroll>
      <table className={`data ${styles.table}`}>
        <caption>Issue by issue</caption>
        <thead>
          <tr>
            <th scope="col">Issue</th>
            <th scope="col">
              <PartyName name={a.name} style={colours.get(a.id)} />
              {rounds ? (
                <div className="small muted">
                  at <DataText>{rounds.a.label}</DataText>
                </div>
              ) : null}
            </th>
            <th scope="col">
              <PartyName name={b.name} style={colours.get(b.id)} />
              {rounds ? (
                <div className="small muted">
                  at <DataText>{rounds.b.label}</DataText>
                </div>
              ) : null}
            </th>
            <th scope="col" className="num">
              Positions apart (of 100)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.issue.id}>
              <th scope="row">
                <Link
                  href={issueHref(
                    datasetId,
                    row.issue.id,
                    toQueryString({ parties: [a.id, b.id] }),
                  )}
                >
                  {row.issue.title}
                </Link>
              </th>
              <td data-label={a.name}>
                <PairCell datasetId={datasetId} cell={row.a} />
              </td>
              <td data-label={b.name}>
                <PairCell datasetId={datasetId} cell={row.b} />
              </td>
              <td className="num" data-label="Positions apart (of 100)">
                {row.apart === undefined ? (
                  <span className="muted small">no gap: not both known</span>
                ) : (
                  <GapFigure gap={row.apart} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
