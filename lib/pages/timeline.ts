import { orderedRounds } from '@/lib/analysis';
import type { Dataset, Delegation, Round, TimelineEvent } from '@/lib/model';
import { delegationAnchor, eventAnchors } from '@/lib/url/anchors';

/** The timeline page's content: events in date order and delegations in round order. */
export interface TimelineView {
  events: { event: TimelineEvent; anchor: string }[];
  delegations: { delegation: Delegation; anchor: string; round?: Round }[];
}

/** Events by date (same date: dataset order); delegations by round (time order; none last), then party order. */
export function timelineView(dataset: Dataset): TimelineView {
  const anchors = eventAnchors(dataset.events);
  const events = dataset.events
    .map((event, i) => ({ event, anchor: anchors[i] ?? '' }))
    .sort((x, y) => (x.event.date < y.event.date ? -1 : x.event.date > y.event.date ? 1 : 0));
  const rounds = orderedRounds(dataset);
  const roundAt = new Map(rounds.map((round, i) => [round.id, i] as const));
  const partyAt = new Map(dataset.parties.map((party, i) => [party.id, i] as const));
  const delegations = (dataset.delegations ?? [])
    .map((delegation) => {
      const entry: TimelineView['delegations'][number] = {
        delegation,
        anchor: delegationAnchor(delegation),
      };
      const round = rounds.find((r) => r.id === delegation.round);
      if (round) entry.round = round;
      return entry;
    })
    .sort(
      (x, y) =>
        (roundAt.get(x.delegation.round ?? '') ?? Infinity) -
          (roundAt.get(y.delegation.round ?? '') ?? Infinity) ||
        (partyAt.get(x.delegation.party) ?? 0) - (partyAt.get(y.delegation.party) ?? 0),
    );
  return { events, delegations };
}
