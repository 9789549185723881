import { notFound } from 'next/navigation';
import { type Dataset, type Issue, type Party, type Source, isSlug } from '@/lib/model';

/** The issue named in the URL; a 404 when the segment is not a slug or the dataset has no such issue. */
export function issueOr404(dataset: Dataset, id: string): Issue {
  const issue = isSlug(id) ? dataset.issues.find((i) => i.id === id) : undefined;
  if (!issue) notFound();
  return issue;
}

/** The party named in the URL; a 404 when the segment is not a slug or the dataset has no such party. */
export function partyOr404(dataset: Dataset, id: string): Party {
  const party = isSlug(id) ? dataset.parties.find((p) => p.id === id) : undefined;
  if (!party) notFound();
  return party;
}

/** The source named in the URL; a 404 when the segment is not a slug or the dataset has no such source. */
export function sourceOr404(dataset: Dataset, id: string): Source {
  const source = isSlug(id) ? dataset.sources.find((s) => s.id === id) : undefined;
  if (!source) notFound();
  return source;
}
