import { DataText } from '@/components/DataText';
import { TableScroll } from '@/components/TableScroll';
import type { Coverage, CoverageConfidence, CoverageState, CoverageTotals as Totals } from '@/lib/analysis';
import { COVERAGE_STATE_WORDS } from '@/lib/wording/status';

const STATES = Object.keys(COVERAGE_STATE_WORDS) as CoverageState[];
const CONFIDENCES: readonly CoverageConfidence[] = ['high', 'medium', 'low', 'unstated'];

/** How many cells have each state and each confidence, per round and overall. */
export function CoverageTotals({ coverage }: { coverage: Coverage }) {
  const columns: [string, string, Totals | undefined][] = [
    ...coverage.rounds.map(
      (round) => [round.id, round.label, coverage.perRound.get(round.id)] as [string, string, Totals | undefined],
    ),
    ['all', 'All rounds', coverage.overall],
  ];
  return (
    <TableScroll>
      <table className="data">
        <caption>Cells by status and by confidence, per round and overall</caption>
        <thead>
          <tr>
            <th scope="col">Cells</th>
            {columns.map(([id, label]) => (
              <th scope="col" className="num" key={id}>
                <DataText>{label}</DataText>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {STATES.map((state) => (
            <tr key={state}>
              <th scope="row">{COVERAGE_STATE_WORDS[state]}</th>
              {columns.map(([id, , totals]) => (
                <td className="num" key={id}>
                  {totals?.byState[state] ?? 0}
                </td>
              ))}
            </tr>
          ))}
          {CONFIDENCES.map((confidence) => (
            <tr key={confidence}>
              <th scope="row">
                {confidence === 'unstated' ? 'confidence not given' : `${confidence} confidence`}
              </th>
              {columns.map(([id, , totals]) => (
                <td className="num" key={id}>
                  {totals?.byConfidence[confidence] ?? 0}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
