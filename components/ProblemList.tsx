import type { DatasetProblem } from '@/lib/model';

/** The problems found in a dataset, each with its JSON path and the offending value. */
export function ProblemList({
  problems,
  limit = 50,
}: {
  problems: readonly DatasetProblem[];
  limit?: number;
}) {
  const shown = problems.slice(0, limit);
  return (
    <ul className="problems">
      {shown.map((p, i) => (
        <li key={i}>
          <code>{p.path || '(file)'}</code>: {p.message}
          {p.value !== undefined ? (
            <>
              {' '}
              (found <code>{p.value}</code>)
            </>
          ) : null}
        </li>
      ))}
      {problems.length > shown.length ? <li>and {problems.length - shown.length} more</li> : null}
    </ul>
  );
}
