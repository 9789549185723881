import { DataText } from '@/components/DataText';
import type { SlideParty } from '@/lib/brief';
import { SlideMarker } from './SlideMarker';
import styles from './Slides.module.css';

/** A party's name on a slide, after its marker (same colour and shape as on the strip). */
export function SlidePartyName({ party, short = false }: { party: SlideParty; short?: boolean }) {
  return (
    <span className={styles.partyName}>
      <SlideMarker party={party} className={styles.nameMarker} />
      <DataText>{short ? party.shortName : party.name}</DataText>
    </span>
  );
}
