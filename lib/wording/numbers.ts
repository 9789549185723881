/** A scale figure as readers see it: whole points, "65". */
export function points(value: number): string {
  return String(Math.round(value));
}

/** Pluralises a count: "1 issue", "3 issues". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}
