import { DataText } from '@/components/DataText';
import type { SlideOf } from '@/lib/brief';
import { SlidePartyName } from './SlidePartyName';
import styles from './Slides.module.css';

/** Who sat at the table for each party. */
export function DelegationsSlideBody({ slide }: { slide: SlideOf<'delegations'> }) {
  return (
    <div className={styles.delegations}>
      {slide.groups.map((group) => (
        <section key={`${group.party.id}-${group.round}`}>
          <p className={styles.rowHead}>
            <SlidePartyName party={group.party} />
            {group.round ? <span className={styles.detail}> · {group.round}</span> : null}
          </p>
          <ul className={styles.plainList}>
            {group.members.map((member) => (
              <li key={member.name}>
                <b>
                  <DataText>{member.name}</DataText>
                </b>
                , <DataText>{member.role}</DataText>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
