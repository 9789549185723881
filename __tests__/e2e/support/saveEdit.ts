// Run with tsx by the scale-out browser test: saves one revision of a workspace dataset through
// the store (the title and one coded position's label, both ending in a marker) and prints what
// it wrote as JSON. The workspace is the one the environment names (DATABASE_URL).
// Usage: DATABASE_URL=<url> tsx saveEdit.ts <dataset id> <marker>
import { WorkspaceStore } from '@/lib/data/workspace';
import { hasValue } from '@/lib/model';

async function main() {
  const [id, marker] = process.argv.slice(2) as [string, string];
  const store = new WorkspaceStore();
  const entry = await store.get(id);
  const dataset = entry?.dataset;
  if (!entry || !dataset) throw new Error(`no valid workspace dataset ${id}`);
  const baseRevision = Number(/^r(\d+)-/.exec(entry.version)?.[1]);
  // A coded position in the last round, so the matrix as it opens (latest round) shows it.
  const round = dataset.rounds.at(-1)!.id;
  const position = dataset.positions.find((p) => hasValue(p) && p.round === round);
  if (!position || !hasValue(position)) throw new Error(`no coded position in ${round}`);
  const key = `${position.party}/${position.issue}/${position.round}`;
  const title = `Scale-out check ${marker}`;
  const label = `Relabelled ${marker}`;
  const saved = await store.save(
    id,
    [
      { part: 'title', key: '', after: title },
      { part: 'positions', key, after: { ...position, label } },
    ],
    { baseRevision, author: 'Scale-out test', reason: `edit ${marker}` },
  );
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const { party, issue } = position;
  const written = { revision: saved.revision, version: saved.version, title, label, party, issue };
  process.stdout.write(`${JSON.stringify({ ...written, round })}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
