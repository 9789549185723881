import type { Dataset } from './dataset';

/** What the clause rules need from the dataset check they run inside. */
export interface ClauseCheckContext {
  sourceIds: ReadonlySet<string>;
  issueIds: ReadonlySet<string>;
  /** Why `text` is not verbatim in the source with this (known) id; undefined when it is. */
  notVerbatim: (source: string, text: string) => { message: string; value?: string } | undefined;
  report: (path: string, message: string, value?: unknown) => void;
}

/**
 * The rules a schema cannot express for proposals' clauses: only proposals have clauses, each
 * number once per proposal, every text verbatim in its source, every issue defined and named at
 * most once per clause.
 */
export function checkClauses(dataset: Dataset, ctx: ClauseCheckContext): void {
  dataset.parties.forEach((party, p) => {
    if (!party.clauses) return;
    const at = `parties[${p}].clauses`;
    if (party.kind !== 'proposal')
      ctx.report(at, 'clauses are only for parties of kind "proposal"', party.kind);
    const numbers = new Map<string, number>();
    party.clauses.forEach((clause, c) => {
      const here = `${at}[${c}]`;
      const first = numbers.get(clause.number);
      if (first !== undefined)
        ctx.report(`${here}.number`, `repeats the number of clauses[${first}]`, clause.number);
      else numbers.set(clause.number, c);
      if (!ctx.sourceIds.has(clause.source))
        ctx.report(
          `${here}.source`,
          `names a source "${clause.source}", which is not defined in this dataset`,
          clause.source,
        );
      else {
        const problem = ctx.notVerbatim(clause.source, clause.text);
        if (problem) ctx.report(`${here}.text`, problem.message, problem.value);
      }
      const seen = new Map<string, number>();
      clause.issues?.forEach((link, i) => {
        const path = `${here}.issues[${i}].issue`;
        if (!ctx.issueIds.has(link.issue))
          ctx.report(
            path,
            `names an issue "${link.issue}", which is not defined in this dataset`,
            link.issue,
          );
        const before = seen.get(link.issue);
        if (before !== undefined)
          ctx.report(path, `names the same issue as issues[${before}] of this clause`, link.issue);
        else seen.set(link.issue, i);
      });
    });
  });
}
