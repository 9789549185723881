import { PartyMarker } from '@/components/charts/PartyMarker';
import type { SlideParty } from '@/lib/brief';

/** A party's marker on a slide: the charts' own marker (same shape, colour, hollow when inferred), scaled by CSS. */
export function SlideMarker({
  party,
  hollow = false,
  className,
}: {
  party: SlideParty;
  hollow?: boolean;
  className?: string;
}) {
  return (
    <svg className={className} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <PartyMarker
        party={party.id}
        shape={party.shape}
        colour={party.colour}
        cx={10}
        cy={10}
        r={6.5}
        hollow={hollow}
      />
    </svg>
  );
}
