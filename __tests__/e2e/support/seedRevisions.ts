// Run with tsx by the version browser test, while the server has not yet opened the workspace:
// adds two revisions to a workspace dataset (one position's value, then the title) and prints
// what it changed as JSON. Usage: WORKSPACE_DIR=<dir> tsx seedRevisions.ts <dataset id>
import { WorkspaceStore } from '@/lib/data/workspace';
import { hasValue } from '@/lib/model';

async function main() {
  const id = process.argv[2]!;
  const store = new WorkspaceStore();
  const dataset = (await store.get(id))?.dataset;
  if (!dataset) throw new Error(`no workspace dataset ${id}`);
  const position = dataset.positions.find(
    (p) => hasValue(p) && p.value <= 80 && p.acceptable === undefined,
  );
  if (!position || !hasValue(position)) throw new Error('no position to recode');
  const key = `${position.party}/${position.issue}/${position.round}`;
  const after = position.value + 15;
  const first = await store.save(
    id,
    [{ part: 'positions', key, after: { ...position, value: after } }],
    { baseRevision: 1, author: 'Ben Reviewer', reason: 'Recoded after a second reading' },
  );
  const second = await store.save(
    id,
    [{ part: 'title', key: '', after: `${dataset.title} (team copy)` }],
    { baseRevision: 2, author: 'Ana Coder', reason: 'Renamed for the team' },
  );
  if (!first.ok || !second.ok) throw new Error(JSON.stringify({ first, second }));
  const seeded = { ...position, before: position.value, after, title: dataset.title };
  process.stdout.write(`${JSON.stringify(seeded)}\n`);
  process.exit(0);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
