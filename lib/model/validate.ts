import { presenceTable } from './attendance';
import { checkClauses } from './clauseChecks';
import { datasetSchema, hasValue, type Dataset, type Evidence } from './dataset';
import { describeValue, formatPath, problemsFromZod, type DatasetProblem } from './errors';
import { passageFinder } from './nearest';
import { normaliseForQuote, quoteMatcher } from './quotes';

/** Source texts by file name; `undefined` marks a file that does not exist. */
export type SourceTexts = ReadonlyMap<string, string | undefined>;

/**
 * Quotes not found verbatim for which the nearest passage of the source is looked up, per
 * check: enough to show the pattern of a mistake, bounded so a dataset of thousands of bad
 * quotes in long sources still checks in a second or two.
 */
const NEAREST_PASSAGES = 10;

/** The outcome of checking a dataset: the typed dataset when valid, and every problem found. */
export type DatasetCheck =
  | { ok: true; dataset: Dataset; problems: [] }
  | { ok: false; dataset?: undefined; problems: DatasetProblem[] };

/**
 * Checks parsed JSON against the schema and then the rules a schema cannot express:
 * unique ids, resolving references, value inside the acceptable range, one position per
 * party × issue × round, every quote verbatim in its source (with a date wherever its date is
 * marked inferred), every proposal clause's text verbatim in its source (see clauseChecks.ts)
 * and every source file present.
 * All problems are collected in one pass.
 */
export function checkDataset(json: unknown, sourceTexts: SourceTexts): DatasetCheck {
  const forbidden = forbiddenKeys(json);
  const parsed = datasetSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, problems: [...forbidden, ...problemsFromZod(parsed.error.issues)] };
  }
  if (forbidden.length) return { ok: false, problems: forbidden };
  const problems = crossCheck(parsed.data, sourceTexts);
  return problems.length
    ? { ok: false, problems }
    : { ok: true, dataset: parsed.data, problems: [] };
}

/** The rules beyond the schema, over an already well-typed dataset. */
export function crossCheck(dataset: Dataset, sourceTexts: SourceTexts): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (path: string, message: string, value?: unknown) => {
    const shown = describeValue(value);
    problems.push(shown === undefined ? { path, message } : { path, message, value: shown });
  };

  const ids = (kind: string, items: readonly { id: string }[]) => {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        report(`${kind}[${i}].id`, `repeats the id of ${kind}[${first}]`, item.id);
      else seen.set(item.id, i);
    });
    return new Set(seen.keys());
  };
  const sourceIds = ids('sources', dataset.sources);
  const partyIds = ids('parties', dataset.parties);
  const issueIds = ids('issues', dataset.issues);
  const roundIds = ids('rounds', dataset.rounds);

  const mustExist = (set: Set<string>, what: string, path: string, id: string) => {
    if (!set.has(id))
      report(path, `names ${what} "${id}", which is not defined in this dataset`, id);
  };

  dataset.issues.forEach((issue, i) => {
    const { zeroTowards, hundredTowards } = issue.scale;
    if (zeroTowards !== undefined)
      mustExist(partyIds, 'a party', `issues[${i}].scale.zeroTowards`, zeroTowards);
    if (hundredTowards !== undefined)
      mustExist(partyIds, 'a party', `issues[${i}].scale.hundredTowards`, hundredTowards);
    if (zeroTowards !== undefined && zeroTowards === hundredTowards)
      report(
        `issues[${i}].scale.hundredTowards`,
        "names the same party as zeroTowards; each end is a different party's aim",
        hundredTowards,
      );
  });

  dataset.parties.forEach((party, i) => {
    party.rounds?.forEach((round, r) =>
      mustExist(roundIds, 'a round', `parties[${i}].rounds[${r}]`, round),
    );
    if (party.supersedes === undefined) return;
    const at = `parties[${i}].supersedes`;
    if (!partyIds.has(party.supersedes)) {
      mustExist(partyIds, 'a party', at, party.supersedes);
      return;
    }
    if (party.kind !== 'proposal') report(at, 'is set, so the party must be of kind "proposal"');
    const replaced = dataset.parties.find((p) => p.id === party.supersedes);
    if (replaced && replaced.kind !== 'proposal')
      report(at, `names "${party.supersedes}", which is not of kind "proposal"`, party.supersedes);
    // Walk the chain: a cycle would let every proposal in it replace every other.
    const seen = new Set([party.id]);
    for (let next = replaced; next?.supersedes !== undefined;) {
      if (seen.has(next.supersedes)) {
        report(at, 'makes a cycle of proposals that supersede each other', party.supersedes);
        break;
      }
      seen.add(next.id);
      const id = next.supersedes;
      next = dataset.parties.find((p) => p.id === id);
    }
  });

  const sourceMatchers = new Map<string, ((quote: string) => boolean) | undefined>();
  const finders = new Map<string, (quote: string) => string | undefined>();
  let nearestLeft = NEAREST_PASSAGES;
  const nearest = (source: string, quote: string): string | undefined => {
    const text = sourceTexts.get(dataset.sources.find((s) => s.id === source)?.file ?? '');
    if (text === undefined || nearestLeft <= 0) return undefined;
    nearestLeft -= 1;
    let find = finders.get(source);
    if (!find) finders.set(source, (find = passageFinder(text)));
    return find(quote);
  };
  dataset.sources.forEach((source, i) => {
    const text = sourceTexts.get(source.file);
    if (text === undefined)
      report(`sources[${i}].file`, `names a file that is not in the sources folder`, source.file);
    sourceMatchers.set(
      source.id,
      text === undefined ? undefined : quoteMatcher(normaliseForQuote(text)),
    );
  });

  /** Why `quote` is not verbatim in the (known) source, with the nearest passage; else undefined. */
  const notVerbatim = (source: string, quote: string) => {
    const inSource = sourceMatchers.get(source);
    if (inSource === undefined || inSource(normaliseForQuote(quote))) return undefined;
    const passage = nearest(source, quote);
    return passage !== undefined
      ? {
          message: `is not found verbatim in source "${source}"; the nearest passage there reads: "${passage}"`,
        }
      : {
          message: `is not found verbatim in source "${source}", and no passage there shares a third of its words`,
          value: quote,
        };
  };
  const checkEvidence = (path: string, evidence: readonly Evidence[] | undefined) => {
    evidence?.forEach((item, i) => {
      const at = `${path}.evidence[${i}]`;
      if (!sourceIds.has(item.source)) {
        mustExist(sourceIds, 'a source', `${at}.source`, item.source);
        return;
      }
      const problem = notVerbatim(item.source, item.quote);
      if (problem) report(`${at}.quote`, problem.message, problem.value);
    });
  };

  // Rounds in time order (date, then dataset order), as the analysis orders them.
  const timeOrder = [...dataset.rounds].sort((x, y) =>
    x.date < y.date ? -1 : x.date > y.date ? 1 : 0,
  );
  const present = presenceTable(dataset, timeOrder);
  const roundAt = new Map(timeOrder.map((round, r) => [round.id, r] as const));
  const partyAt = new Map(dataset.parties.map((party, p) => [party.id, p] as const));
  const seenCells = new Map<string, number>();
  dataset.positions.forEach((position, i) => {
    const at = `positions[${i}]`;
    const p = partyAt.get(position.party);
    const r = roundAt.get(position.round);
    if (p !== undefined && r !== undefined && present[p * timeOrder.length + r] !== 1)
      report(
        `${at}.round`,
        `is a round where party "${position.party}" is not at the table (see its rounds list, or the proposal that supersedes it)`,
        position.round,
      );
    mustExist(partyIds, 'a party', `${at}.party`, position.party);
    mustExist(issueIds, 'an issue', `${at}.issue`, position.issue);
    mustExist(roundIds, 'a round', `${at}.round`, position.round);
    const key = `${position.party}\u0000${position.issue}\u0000${position.round}`;
    const first = seenCells.get(key);
    if (first !== undefined) {
      report(
        at,
        `is a second position for party "${position.party}", issue "${position.issue}", round "${position.round}" (the first is positions[${first}])`,
      );
    } else seenCells.set(key, i);
    if (hasValue(position)) {
      const { acceptable, value } = position;
      if (acceptable && (value < acceptable.min || value > acceptable.max)) {
        report(
          `${at}.value`,
          `lies outside the acceptable range ${acceptable.min}-${acceptable.max}`,
          value,
        );
      }
      position.conditions?.forEach((condition, c) => {
        if (condition.issue)
          mustExist(issueIds, 'an issue', `${at}.conditions[${c}].issue`, condition.issue);
      });
    }
    if (position.status === 'none')
      position.checked?.forEach((source, c) =>
        mustExist(sourceIds, 'a source', `${at}.checked[${c}]`, source),
      );
    checkEvidence(at, position.evidence);
    position.evidence?.forEach((item, e) => {
      if (item.dateInferred !== undefined && item.date === undefined)
        report(
          `${at}.evidence[${e}].dateInferred`,
          'is set, so the quote needs a date (when the words were said)',
        );
    });
  });

  dataset.outcomes?.forEach((outcome, i) => {
    const at = `outcomes[${i}]`;
    mustExist(issueIds, 'an issue', `${at}.issue`, outcome.issue);
    mustExist(roundIds, 'a round', `${at}.round`, outcome.round);
    outcome.parties.forEach((party, p) =>
      mustExist(partyIds, 'a party', `${at}.parties[${p}]`, party),
    );
    checkEvidence(at, outcome.evidence);
  });

  dataset.events.forEach((event, i) => {
    const at = `events[${i}]`;
    event.parties.forEach((party, p) =>
      mustExist(partyIds, 'a party', `${at}.parties[${p}]`, party),
    );
    checkEvidence(at, event.evidence);
  });

  dataset.delegations?.forEach((delegation, i) => {
    const at = `delegations[${i}]`;
    mustExist(partyIds, 'a party', `${at}.party`, delegation.party);
    if (delegation.round) mustExist(roundIds, 'a round', `${at}.round`, delegation.round);
    checkEvidence(at, delegation.evidence);
  });

  checkClauses(dataset, { sourceIds, issueIds, notVerbatim, report });

  return problems;
}

/** Field names that reach an object's prototype when code copies fields by name. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Every field named `__proto__`, `constructor` or `prototype`, at any depth. The schema would
 * drop them silently; they are refused instead, because a later tool that merges or copies
 * objects by key could let them pollute every object's prototype. Walks with an explicit stack,
 * so deeply nested input cannot overflow the call stack.
 */
export function forbiddenKeys(json: unknown): DatasetProblem[] {
  interface Step {
    value: unknown;
    key?: PropertyKey;
    parent?: Step;
  }
  const pathOf = (step: Step, key: string) => {
    const path: PropertyKey[] = [key];
    for (let at: Step | undefined = step; at?.key !== undefined; at = at.parent) {
      path.unshift(at.key);
    }
    return formatPath(path);
  };
  const problems: DatasetProblem[] = [];
  const stack: Step[] = [{ value: json }];
  while (stack.length) {
    const step = stack.pop()!;
    const { value } = step;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) {
        stack.push({ value: value[i], key: i, parent: step });
      }
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i -= 1) {
        const key = keys[i]!;
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push({ path: pathOf(step, key), message: 'is not allowed as a field name' });
        } else {
          stack.push({ value: (value as Record<string, unknown>)[key], key, parent: step });
        }
      }
    }
  }
  return problems;
}
