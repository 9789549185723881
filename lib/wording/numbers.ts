/** A scale figure as readers see it: whole points, "65". */
export function points(value: number): string {
  return String(Math.round(value));
}

/** "gap 65 of 100" */
export function gapText(gap: number): string {
  return `gap ${points(gap)} of 100`;
}

/** Pluralises a count: "1 issue", "3 issues". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}
