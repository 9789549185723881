import styles from './ViewNotes.module.css';

/** The notes from reading the URL (ignored unknown parties or rounds), shown at the top of a page. */
export function ViewNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <div className={`notice ${styles.notes}`} role="status">
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  );
}
