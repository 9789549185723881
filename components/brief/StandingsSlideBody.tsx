import { DataText } from '@/components/DataText';
import type { SlideOf } from '@/lib/brief';
import { SlidePartyName } from './SlidePartyName';
import styles from './Slides.module.css';

/** "Where they stand": issues down, parties across, each cell the party's one-line label. */
export function StandingsSlideBody({ slide }: { slide: SlideOf<'standings'> }) {
  return (
    <table className={styles.matrix} aria-label="Where each party stands, issue by issue">
      <thead>
        <tr>
          <th scope="col">Issue</th>
          {slide.parties.map((party) => (
            <th scope="col" key={party.id}>
              <SlidePartyName party={party} short />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {slide.rows.map((row) => (
          <tr key={row.issue}>
            <th scope="row">
              <DataText>{row.title}</DataText>
            </th>
            {row.cells.map((cell) => (
              <td key={cell.party} data-known={cell.known}>
                {cell.label ? (
                  <span>
                    <DataText>{cell.label}</DataText>
                  </span>
                ) : null}
                <span className={styles.cellStatus}>{cell.status}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
