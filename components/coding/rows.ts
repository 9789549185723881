/** How many rows a list of a form shows: those with an entry, and one empty row to add another. */
export function rowsOf(values: Record<string, string>, list: string): number[] {
  const used = Object.keys(values)
    .filter((k) => values[k] !== '')
    .map((k) => new RegExp(`^${list}\\.(\\d+)\\.`).exec(k)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const count = used.length ? Math.max(...used) + 2 : 1;
  return Array.from({ length: count }, (_, i) => i);
}
