import { fieldsOfItem, itemKey, type CodingPart } from '@/lib/coding';
import type { Dataset, Position } from '@/lib/model';
import { codingAddHref, codingItemHref, codingSourceHref } from '@/lib/url/routes';
import { formatDate } from '@/lib/wording/dates';
import { SOURCE_KIND_WORDS } from '@/lib/wording/sources';

/** A change saved meanwhile, as a coding form shows it: who, when, why, and each field it changed. */
export interface ConflictView {
  revision: number;
  author: string;
  when: string;
  reason: string;
  changed: { field: string; before: string; after: string }[];
}

/** The fields of an item as stored (a source's value `{ source, text }` shows its text as `text`). */
function fieldsOfStored(value: unknown): Record<string, string> {
  if (value && typeof value === 'object' && 'source' in value && 'text' in value) {
    const { source, text } = value as { source: unknown; text: unknown };
    return { ...fieldsOfItem(source), text: String(text) };
  }
  return fieldsOfItem(value);
}

/** A conflict of the store (the item's value at the form's base and now) as the form shows it. */
export function conflictView(raw: {
  revision: number;
  author: string;
  time: string;
  reason: string;
  before: unknown;
  after: unknown;
}): ConflictView {
  const before = fieldsOfStored(raw.before);
  const after = fieldsOfStored(raw.after);
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const short = (s: string | undefined) =>
    s === undefined ? '' : s.length > 200 ? `${s.slice(0, 197)}...` : s;
  return {
    revision: raw.revision,
    author: raw.author,
    when: `${formatDate(raw.time.slice(0, 10))}, ${raw.time.slice(11, 16)} UTC`,
    reason: raw.reason,
    changed: names
      .filter((n) => before[n] !== after[n])
      .map((field) => ({ field, before: short(before[field]), after: short(after[field]) })),
  };
}

/** A choice of a select or checkbox list. */
export interface Choice {
  value: string;
  words: string;
}

/** The choices a coding form offers, from the dataset as it is. */
export function codingChoices(dataset: Dataset) {
  return {
    parties: dataset.parties.map((p) => ({ value: p.id, words: p.name })),
    issues: dataset.issues.map((i) => ({ value: i.id, words: i.title })),
    rounds: dataset.rounds.map((r) => ({
      value: r.id,
      words: `${r.label} (${formatDate(r.date)})`,
    })),
    sources: dataset.sources.map((s) => ({ value: s.id, words: s.title })),
    sourceKinds: Object.entries(SOURCE_KIND_WORDS).map(([value, words]) => ({ value, words })),
  };
}

/** One item on the coding home: its name, its key and where it is edited. */
export interface CodingListItem {
  key: string;
  words: string;
  href: string;
  detail?: string;
}

/** One cell of the coding grid of a round: the position there (its status), and its editor. */
export interface CodingCell {
  party: string;
  issue: string;
  words: string;
  /** The link's full name: party, issue and what is coded. */
  label: string;
  href: string;
}

/** The coding home of a workspace dataset: every part's items with edit links, add links, and per round a grid of cells. */
export function codingHome(datasetId: string, dataset: Dataset) {
  const byCell = new Map<string, Position>(
    dataset.positions.map((p) => [`${p.party}/${p.issue}/${p.round}`, p]),
  );
  const list = (part: CodingPart, items: CodingListItem[]) => ({
    part,
    items,
    addHref: codingAddHref(datasetId, part),
  });
  return {
    lists: [
      list(
        'sources',
        dataset.sources.map((s) => ({
          key: s.id,
          words: s.title,
          href: codingSourceHref(datasetId, s.id),
          detail: SOURCE_KIND_WORDS[s.kind],
        })),
      ),
      list(
        'parties',
        dataset.parties.map((p) => ({
          key: p.id,
          words: p.name,
          href: codingItemHref(datasetId, 'parties', p.id),
          detail: p.rounds
            ? `in ${p.rounds.length} of ${dataset.rounds.length} rounds`
            : 'in every round',
        })),
      ),
      list(
        'issues',
        dataset.issues.map((i) => ({
          key: i.id,
          words: i.title,
          href: codingItemHref(datasetId, 'issues', i.id),
        })),
      ),
      list(
        'rounds',
        dataset.rounds.map((r) => ({
          key: r.id,
          words: r.label,
          href: codingItemHref(datasetId, 'rounds', r.id),
          detail: formatDate(r.date),
        })),
      ),
      list(
        'events',
        dataset.events.map((e) => ({
          key: itemKey('events', e),
          words: e.title,
          href: codingItemHref(datasetId, 'events', itemKey('events', e)),
          detail: formatDate(e.date),
        })),
      ),
      list(
        'outcomes',
        (dataset.outcomes ?? []).map((o) => ({
          key: itemKey('outcomes', o),
          words: o.summary.length > 80 ? `${o.summary.slice(0, 77)}...` : o.summary,
          href: codingItemHref(datasetId, 'outcomes', itemKey('outcomes', o)),
        })),
      ),
      list(
        'delegations',
        (dataset.delegations ?? []).map((g) => ({
          key: itemKey('delegations', g),
          words: `${g.party}, ${g.round ?? 'every round'}`,
          href: codingItemHref(datasetId, 'delegations', itemKey('delegations', g)),
          detail: `${g.members.length} member${g.members.length === 1 ? '' : 's'}`,
        })),
      ),
    ],
    rounds: dataset.rounds.map((round) => ({
      id: round.id,
      label: round.label,
      issues: dataset.issues.map((i) => ({ id: i.id, title: i.title })),
      rows: dataset.parties.map((party) => ({
        id: party.id,
        name: party.name,
        cells: dataset.issues.map((issue): CodingCell => {
          const key = `${party.id}/${issue.id}/${round.id}`;
          const p = byCell.get(key);
          const words = p
            ? p.status === 'stated' || p.status === 'inferred'
              ? `${p.status}, ${p.value}`
              : p.status
            : 'not coded';
          return {
            party: party.id,
            issue: issue.id,
            words,
            label: `${party.name} on ${issue.title}, ${round.label}: ${words}`,
            href: codingItemHref(datasetId, 'positions', key),
          };
        }),
      })),
    })),
  };
}
