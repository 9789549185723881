/** The text with its first letter in upper case: a word from a words map as a label on its own. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

/** Joins names for a sentence: "A", "A and B", "A, B and C". */
export function listText(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Dataset text wrapped in Unicode first-strong isolates (FSI … PDI), for plain-text places (SVG
 * labels, headings passed as strings, sentences built in lib): a right-to-left name, or a stray
 * direction control such as U+202E, keeps to itself instead of reordering the words around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
