import type { Dataset, Evidence } from '@/lib/model';
import { delegationAnchor, eventAnchors, outcomeAnchors, quoteAnchor } from '@/lib/url/anchors';
import { datasetHref, evidenceHref, issueHref } from '@/lib/url/routes';
import { isolate } from '@/lib/wording/text';

/** Something in the dataset that quotes a passage: a cell, an outcome, an event or a delegation. */
export interface Citation {
  kind: 'position' | 'outcome' | 'event' | 'delegation';
  /** Reader's words, e.g. "Russia on NATO membership", each name and title isolated (FSI … PDI). */
  label: string;
  href: string;
}

/**
 * Every citation of every quoted passage, keyed by the passage's anchor (quoteAnchor of source
 * and quote), in dataset order: positions, outcomes, events, then delegations.
 */
export function citationsByQuote(dataset: Dataset): Map<string, Citation[]> {
  const partyName = new Map(dataset.parties.map((p) => [p.id, p.name]));
  const issueTitle = new Map(dataset.issues.map((i) => [i.id, i.title]));
  const roundLabel = new Map(dataset.rounds.map((r) => [r.id, r.label]));
  const out = new Map<string, Citation[]>();
  const add = (evidence: readonly Evidence[] | undefined, citation: Citation) => {
    for (const e of evidence ?? []) {
      const key = quoteAnchor(e.source, e.quote);
      const list = out.get(key) ?? [];
      if (!list.some((c) => c.href === citation.href && c.label === citation.label))
        list.push(citation);
      out.set(key, list);
    }
  };
  for (const p of dataset.positions) {
    const label = `${isolate(partyName.get(p.party) ?? p.party)} on ${isolate(issueTitle.get(p.issue) ?? p.issue)} (${isolate(roundLabel.get(p.round) ?? p.round)})`;
    add(p.evidence, { kind: 'position', label, href: evidenceHref(dataset.id, p.issue, p.party) });
  }
  const outcomes = dataset.outcomes ?? [];
  const outcomeIds = outcomeAnchors(outcomes);
  outcomes.forEach((o, i) => {
    add(o.evidence, {
      kind: 'outcome',
      label: `Outcome on ${isolate(issueTitle.get(o.issue) ?? o.issue)}`,
      href: `${issueHref(dataset.id, o.issue)}#${outcomeIds[i]}`,
    });
  });
  const anchors = eventAnchors(dataset.events);
  dataset.events.forEach((event, i) => {
    add(event.evidence, {
      kind: 'event',
      label: `Event: ${isolate(event.title)}`,
      href: `${datasetHref(dataset.id, 'timeline')}#${anchors[i]}`,
    });
  });
  for (const d of dataset.delegations ?? []) {
    add(d.evidence, {
      kind: 'delegation',
      label: `Delegation of ${isolate(partyName.get(d.party) ?? d.party)}`,
      href: `${datasetHref(dataset.id, 'timeline')}#${delegationAnchor(d)}`,
    });
  }
  return out;
}
