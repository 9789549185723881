import { isDatasetFolderName } from '../files/fileStore';
import { scaffoldDataset } from '../scaffold';
import type { DatasetStore } from '../store';
import { stateOf } from './parts';
import type { SaveResult } from './revisions';
import type { WorkspaceStore } from './store';

/** What a new workspace dataset needs: its id and title, who makes it and (optionally) why. */
export interface BlankDataset {
  id: string;
  title: string;
  author: string;
  reason?: string;
  /** The as-of date, YYYY-MM-DD (default today, UTC). */
  today?: string;
}

/**
 * Creates a minimal valid dataset in the workspace as revision 1: the title given, and one
 * placeholder source, party, issue and round (the model needs one of each) with no positions.
 * Ids are unique across homes, so one taken by a folder is refused like one taken in the
 * workspace.
 */
export async function createBlankDataset(
  workspace: WorkspaceStore,
  folders: DatasetStore,
  input: BlankDataset,
): Promise<SaveResult> {
  const taken = (message: string): SaveResult => ({
    ok: false,
    problems: [{ path: 'id', message }],
    conflicts: [],
  });
  if (!isDatasetFolderName(input.id))
    return taken(
      'must use only lowercase letters a-z, digits and single hyphens, and not a reserved word',
    );
  if (await folders.get(input.id))
    return taken(
      `"${input.id}" is taken by a dataset folder (ids are unique across folders and the workspace)`,
    );
  const today = input.today ?? new Date().toISOString().slice(0, 10);
  const { dataset, sources } = scaffoldDataset(input.id, today);
  const json: Record<string, unknown> = { ...dataset, title: input.title.trim(), positions: [] };
  delete json.$schema;
  return workspace.create(input.id, stateOf(json, sources), {
    author: input.author,
    reason: input.reason?.trim() || 'created in the workspace',
  });
}
