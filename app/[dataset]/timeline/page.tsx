import { DelegationList } from '@/components/timeline/DelegationList';
import { EventList } from '@/components/timeline/EventList';
import { validDatasetOr404, type DatasetParams } from '@/lib/data/route';
import { timelineView } from '@/lib/pages/timeline';
import { partyStyles } from '@/lib/style/palette';
import { count } from '@/lib/wording/numbers';

export const metadata = { title: 'Timeline' };

/** The dated events of the negotiation and, when recorded, who sat at the table for each party. */
export default async function TimelinePage({ params }: { params: DatasetParams }) {
  const { dataset: id } = await params;
  const { dataset } = await validDatasetOr404(id);
  const view = timelineView(dataset);
  const names = new Map(dataset.parties.map((p) => [p.id, p.name]));
  const colours = partyStyles(dataset.parties);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const shared = { datasetId: dataset.id, names, colours, sources };

  return (
    <>
      <h1>Timeline</h1>
      <p className="muted">{count(view.events.length, 'dated event')}, oldest first.</p>
      <section aria-labelledby="events">
        <h2 id="events">Events</h2>
        <EventList {...shared} events={view.events} />
      </section>
      {view.delegations.length ? (
        <section aria-labelledby="delegations">
          <h2 id="delegations">Delegations</h2>
          <p className="small muted">Who sat at the table for each party, with their roles.</p>
          <DelegationList {...shared} delegations={view.delegations} />
        </section>
      ) : null}
    </>
  );
}
