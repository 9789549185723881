/**
 * Text from the dataset (a title, name, label or statement) set among the app's own words, as a
 * bidirectional run of its own (`<bdi>`): a right-to-left name, or a stray direction control such
 * as U+202E at the end of a title, cannot reorder the words around it.
 */
export function DataText({ children }: { children: string | undefined }) {
  return <bdi>{children}</bdi>;
}
