import type { Dataset } from '@/lib/model';
import { ISSUE_COLUMNS, PARTY_COLUMNS, ROUND_COLUMNS, SOURCE_COLUMNS } from './entities';
import { toCsv } from './write';

/** The parties as parties.csv, in the importer's columns (members and rounds separated by "; "). */
export function partiesToCsv(dataset: Pick<Dataset, 'parties'>): string {
  return toCsv(
    PARTY_COLUMNS,
    dataset.parties.map((p) => [
      p.id,
      p.name,
      p.shortName,
      p.kind,
      p.members?.join('; '),
      p.colour,
      p.rounds?.join('; '),
      p.supersedes,
      p.capability,
      p.capabilityNote,
    ]),
  );
}

/** The issues as issues.csv, with their scale words. */
export function issuesToCsv(dataset: Pick<Dataset, 'issues'>): string {
  return toCsv(
    ISSUE_COLUMNS,
    dataset.issues.map((i) => [
      i.id,
      i.title,
      i.question,
      i.scale.zero,
      i.scale.hundred,
      i.category,
      i.scale.zeroTowards,
      i.scale.hundredTowards,
    ]),
  );
}

/** The rounds as rounds.csv, with their dates. */
export function roundsToCsv(dataset: Pick<Dataset, 'rounds'>): string {
  return toCsv(
    ROUND_COLUMNS,
    dataset.rounds.map((r) => [r.id, r.label, r.date]),
  );
}

/** The sources' details as sources.csv (their texts stay in their own files). */
export function sourcesToCsv(dataset: Pick<Dataset, 'sources'>): string {
  return toCsv(
    SOURCE_COLUMNS,
    dataset.sources.map((s) => [
      s.id,
      s.title,
      s.kind,
      s.authors?.join('; '),
      s.publisher,
      s.date,
      s.url,
      s.file,
    ]),
  );
}
