import Link from 'next/link';
import type { ReactNode } from 'react';
import { DataText } from '@/components/DataText';
import type { CompareRow } from '@/lib/pages/compare';

/** A list of compared issues, each linking to its issue page, with a line of detail (each title isolated from the words after it). */
export function IssueLinkList({
  rows,
  href,
  detail,
  empty,
}: {
  rows: readonly CompareRow[];
  href: (row: CompareRow) => string;
  detail: (row: CompareRow) => ReactNode;
  empty: ReactNode;
}) {
  if (rows.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {rows.map((row) => (
        <li key={row.issue.id}>
          <Link href={href(row)}>
            <DataText>{row.issue.title}</DataText>
          </Link>
          : {detail(row)}
        </li>
      ))}
    </ul>
  );
}
