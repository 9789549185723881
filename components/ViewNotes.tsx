/** The notes from reading the URL (ignored unknown parties or rounds), shown at the top of a page. */
export function ViewNotes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="notice" role="status">
      {notes.map((note) => (
        <p key={note} style={{ margin: 0 }}>
          {note}
        </p>
      ))}
    </div>
  );
}
