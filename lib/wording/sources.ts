import type { Evidence, Source, SourceKind } from '@/lib/model';
import { capitalise, isolate } from './text';

/** Reader's words for each kind of source, in lower case to sit inside a sentence. */
export const SOURCE_KIND_WORDS: Record<SourceKind, string> = {
  'official-statement': 'official statement',
  'agreement-text': 'agreement text',
  analysis: 'analysis',
  'media-report': 'media report',
};

/** A source kind as a label on its own: "Analysis", "Official statement". */
export function sourceKindText(kind: SourceKind): string {
  return capitalise(SOURCE_KIND_WORDS[kind]);
}

/** Who is speaking in a quote: "Ukraine's own words" or "as reported by PISM analysis" (the party and publisher isolated). */
export function attributionText(
  evidence: Evidence,
  source: Source | undefined,
  partyName: string,
): string {
  if (evidence.attribution === 'own-words') return `${isolate(partyName)}'s own words`;
  if (!source) return 'as reported';
  const by = source.publisher
    ? source.publisher.replace(/\s*\(.*\)$/, '')
    : source.authors?.join(', ');
  return `as reported by ${by ? `${isolate(by)} ` : ''}${SOURCE_KIND_WORDS[source.kind]}`;
}
