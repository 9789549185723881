import Link from 'next/link';
import { DataText } from '@/components/DataText';
import { GapFigure } from '@/components/GapFigure';
import { PartyName } from '@/components/PartyName';
import { TableScroll } from '@/components/TableScroll';
import type { ContestedReadings, DisagreementPoint } from '@/lib/analysis';
import { issueHref } from '@/lib/url/routes';
import { APART_WORDS } from '@/lib/wording/agreement';
import { basisCaveat } from '@/lib/wording/position';
import { contestedPairText } from '@/lib/wording/statement';
import type { OverviewContext } from './context';

/** The pairs of parties furthest apart, by issue, as a table; a pair resting on a cell whose sources disagree says so. */
export function TopDisagreements({
  datasetId,
  items,
  names,
  issueTitles,
  colours,
  contested,
}: OverviewContext & {
  items: readonly DisagreementPoint[];
  /** The snapshot's contested cells (contestedCells), by issue and party. */
  contested?: ReadonlyMap<string, ReadonlyMap<string, ContestedReadings>>;
}) {
  return (
    <section aria-labelledby="top-disagreement">
      <h2 id="top-disagreement">Top points of disagreement</h2>
      {items.length === 0 ? (
        <p className="muted">
          No pair of parties is {APART_WORDS} on any issue where both positions are known.
        </p>
      ) : (
        <TableScroll>
          <table className="data">
            <caption>Pairs of parties furthest apart, by issue</caption>
            <thead>
              <tr>
                <th scope="col">Issue</th>
                <th scope="col">Between</th>
                <th scope="col" className="num">
                  Positions apart (of 100)
                </th>
                <th scope="col" className="num">
                  Mean salience (1-5)
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={`${p.issue}-${p.a}-${p.b}`}>
                  <td>
                    <Link href={issueHref(datasetId, p.issue)}>{issueTitles.get(p.issue)}</Link>
                  </td>
                  <td>
                    <PartyName name={names.get(p.a) ?? p.a} style={colours.get(p.a)} /> and{' '}
                    <PartyName name={names.get(p.b) ?? p.b} style={colours.get(p.b)} />
                  </td>
                  <td className="num">
                    <GapFigure gap={p} />
                    <GapCaveat point={p} names={names} />
                    {contested ? (
                      <ContestedNote point={p} names={names} contested={contested} />
                    ) : null}
                  </td>
                  <td className="num">{p.meanSalience.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function ContestedNote({
  point,
  names,
  contested,
}: {
  point: DisagreementPoint;
  names: ReadonlyMap<string, string>;
  contested: ReadonlyMap<string, ReadonlyMap<string, ContestedReadings>>;
}) {
  const text = contestedPairText(contested, point, (id) => names.get(id) ?? id);
  return text ? <div className="small">{text}</div> : null;
}

function GapCaveat({
  point,
  names,
}: {
  point: DisagreementPoint;
  names: ReadonlyMap<string, string>;
}) {
  const caveats = (
    [
      [point.a, basisCaveat(point.aBasis)],
      [point.b, basisCaveat(point.bBasis)],
    ] as const
  ).filter(([, caveat]) => caveat !== undefined);
  if (caveats.length === 0) return null;
  return (
    <div className="small muted">
      rests on{' '}
      {caveats.map(([party, caveat], i) => (
        <span key={party}>
          {i > 0 ? ' and ' : ''}
          <DataText>{names.get(party) ?? party}</DataText>&apos;s {caveat} value
        </span>
      ))}
    </div>
  );
}
