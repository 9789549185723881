import { type Dataset, type WhatIfChange, whatIfChangeSchema, whatIfSpec } from '@/lib/model';

/** The most changes one what-if link may make. */
export const MAX_WHATIF_CHANGES = 20;
/** The longest `?whatif=` value read (the kept-view header carries no more). */
export const MAX_WHATIF_LENGTH = 500;

const PART = /^([^.=\s]+)\.([^.=\s]+)=(.*)$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A part of a link quoted in a note, cut short so a long one cannot swamp the page. */
function shownPart(part: string): string {
  return `"${part.length > 60 ? `${part.slice(0, 57)}...` : part}"`;
}

/**
 * Reads `?whatif=` (`<party>.<issue>=<value>` or `<party>.capability=<n>`, comma-separated) into
 * changes, checked against the dataset: an unknown party or issue, a value that is not a number
 * from 0 to 100, or a malformed part is left out with a note naming it, never an error. A later
 * change to the same party and issue (or capability) replaces an earlier one. `capability` as
 * the second name always means the party's capability.
 */
export function parseWhatIf(
  raw: string | undefined,
  dataset: Pick<Dataset, 'parties' | 'issues'>,
): { changes: WhatIfChange[]; notes: string[] } {
  const notes: string[] = [];
  const text = raw?.trim().slice(0, MAX_WHATIF_LENGTH) ?? '';
  if (!text) return { changes: [], notes };
  const parties = new Set(dataset.parties.map((p) => p.id));
  const issues = new Set(dataset.issues.map((i) => i.id));
  const byTarget = new Map<string, WhatIfChange>();
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const part of parts) {
    const match = PART.exec(part);
    if (!match) {
      notes.push(
        `Ignored what-if ${shownPart(part)}: write <party>.<issue>=<value> or <party>.capability=<value>.`,
      );
      continue;
    }
    const [, party = '', target = '', valueText = ''] = match;
    if (!parties.has(party)) {
      notes.push(`Ignored what-if ${shownPart(part)}: no party "${party.slice(0, 64)}".`);
      continue;
    }
    const kind = target === 'capability' ? 'capability' : 'position';
    if (kind === 'position' && !issues.has(target)) {
      notes.push(`Ignored what-if ${shownPart(part)}: no issue "${target.slice(0, 64)}".`);
      continue;
    }
    const value = NUMBER.test(valueText.trim()) ? Number(valueText) : NaN;
    const parsed = whatIfChangeSchema.safeParse(
      kind === 'capability' ? { kind, party, value } : { kind, party, issue: target, value },
    );
    if (!parsed.success) {
      notes.push(`Ignored what-if ${shownPart(part)}: the value must be a number from 0 to 100.`);
      continue;
    }
    byTarget.delete(`${party}.${target}`);
    byTarget.set(`${party}.${target}`, parsed.data);
  }
  const changes = [...byTarget.values()];
  if (changes.length > MAX_WHATIF_CHANGES) {
    notes.push(
      `Ignored what-if changes after the first ${MAX_WHATIF_CHANGES}: ${changes.length - MAX_WHATIF_CHANGES} left out.`,
    );
    changes.length = MAX_WHATIF_CHANGES;
  }
  return { changes, notes };
}

/** The changes written back as a link's value: `russia.security=40,ukraine.capability=60`. */
export function whatIfValue(changes: readonly WhatIfChange[]): string {
  return changes.map(whatIfSpec).join(',');
}

/**
 * A what-if link's value with one change added: an earlier change to the same party and issue
 * (or capability) is replaced. Keeps the parts of `current` it can read.
 */
export function withWhatIf(
  current: string | undefined,
  change: WhatIfChange,
  dataset: Pick<Dataset, 'parties' | 'issues'>,
): string {
  const { changes } = parseWhatIf(current, dataset);
  const target = (c: WhatIfChange) =>
    `${c.party}.${c.kind === 'position' ? c.issue : 'capability'}`;
  return whatIfValue([...changes.filter((c) => target(c) !== target(change)), change]);
}
