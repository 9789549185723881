import { and, asc, eq } from 'drizzle-orm';
import type { DatasetEntry } from '../entry';
import { isDatasetFolderName } from '../files/fileStore';
import { summarize, type DatasetStore, type DatasetSummary, type GetOptions } from '../store';
import { sharedWorkspaceDb, workspaceConfig, workspaceExists, type WorkspaceDb } from './db';
import { contentHash, parseVersion, versionLabel } from './hash';
import {
  datasetJson,
  diffStates,
  emptyState,
  revertEdits,
  type DatasetState,
  type Edit,
  type RecordedEdit,
} from './parts';
import {
  datasetRow,
  refused,
  revisionsAfter,
  stateOfRow,
  type Revision,
  type SaveOptions,
  type SaveResult,
} from './revisions';
import { writeRevision, type WorkspaceStoreOptions } from './save';
import { datasets, revisions } from './schema';
import { checkState } from './state';

/** A revision without its edits: number, author, ISO time and reason. */
export type RevisionSummary = Omit<Revision, 'edits' | 'hash' | 'dataset'>;

/**
 * The workspace store: datasets in PostgreSQL (PGlite on disk, or a server), every change kept
 * as a revision. Reads are cached by revision; writes are checked whole and refused on conflict.
 */
export class WorkspaceStore implements DatasetStore {
  readonly home = 'workspace' as const;
  private readonly cache = new Map<string, DatasetEntry>();
  private opening: Promise<WorkspaceDb | undefined> | undefined;

  /** `open` gives the database (default: this process's shared one, when a workspace exists). */
  constructor(
    private readonly open: () => Promise<WorkspaceDb | undefined> = defaultOpen,
    private readonly options: WorkspaceStoreOptions = {},
  ) {}

  private async connection(): Promise<WorkspaceDb | undefined> {
    const opening = (this.opening ??= this.open());
    let ws: WorkspaceDb | undefined;
    try {
      ws = await opening;
    } catch (error) {
      // Locked by another process, or the server is down: try again on the next request.
      if (this.opening === opening) this.opening = undefined;
      throw error;
    }
    // No workspace yet (a fresh clone): look again next time rather than creating one on a read.
    if (!ws && this.opening === opening) this.opening = undefined;
    return ws;
  }

  private async must(): Promise<WorkspaceDb> {
    const ws = await this.connection();
    if (!ws) throw new Error('no workspace is configured');
    return ws;
  }

  /** Every workspace dataset, sorted by id. */
  async list(): Promise<DatasetSummary[]> {
    const ws = await this.connection();
    if (!ws) return [];
    const rows = await ws.db.select({ id: datasets.id }).from(datasets).orderBy(asc(datasets.id));
    const out: DatasetSummary[] = [];
    for (const { id } of rows) {
      const entry = await this.get(id);
      if (entry) out.push(summarize(entry));
    }
    return out;
  }

  /** The dataset now, or at `version` (a revision number, "r12" or "r12-<hash>"). */
  async get(id: string, options: GetOptions = {}): Promise<DatasetEntry | undefined> {
    if (!isDatasetFolderName(id)) return undefined;
    const ws = await this.connection();
    if (!ws) return undefined;
    const head = await ws.db
      .select({ revision: datasets.revision, hash: datasets.contentHash })
      .from(datasets)
      .where(eq(datasets.id, id));
    if (!head[0]) return undefined;
    const { revision, hash } = head[0];
    let wanted = revision;
    if (options.version !== undefined) {
      const parsed = parseVersion(options.version);
      if (!parsed || parsed.revision > revision) return undefined;
      wanted = parsed.revision;
    }
    const key = `${id}\u0000${wanted}`;
    let entry = this.cache.get(key);
    if (!entry || (wanted === revision && entry.version !== versionLabel(revision, hash))) {
      const at = await this.stateAt(id, wanted);
      if (!at) return undefined;
      entry = this.entryOf(ws, id, wanted, at.state, at.hash);
      this.remember(key, entry);
    }
    if (options.version !== undefined) {
      const hashPart = parseVersion(options.version)?.hash;
      if (hashPart && !entry.version.endsWith(hashPart)) return undefined;
    }
    return entry;
  }

  private remember(key: string, entry: DatasetEntry): void {
    this.cache.set(key, entry);
    // A small cache: the current revisions and a few old ones people are looking at.
    for (const old of this.cache.keys()) {
      if (this.cache.size <= 32) break;
      this.cache.delete(old);
    }
  }

  private entryOf(
    ws: WorkspaceDb,
    id: string,
    revision: number,
    state: DatasetState,
    hash: string,
  ): DatasetEntry {
    const check = checkState(id, state);
    const base = {
      id,
      home: 'workspace' as const,
      location: `workspace (${ws.location})`,
      version: versionLabel(revision, hash),
      sourceTexts: new Map(Object.entries(state.texts)),
    };
    if (!check.ok) return { ...base, problems: check.problems };
    const actual = contentHash(datasetJson(id, state), state.texts);
    if (actual !== hash) {
      const problem = {
        path: '',
        message: `revision ${revision} does not rebuild to its recorded content (hash ${actual.slice(0, 8)}, recorded ${hash.slice(0, 8)})`,
      };
      return { ...base, problems: [problem] };
    }
    return { ...base, dataset: check.dataset, problems: [] };
  }

  /** The state of a dataset at a revision: the current one, with later revisions undone. */
  async stateAt(
    id: string,
    revision: number,
  ): Promise<{ state: DatasetState; hash: string } | undefined> {
    const ws = await this.must();
    const row = await datasetRow(ws.db, id);
    if (!row || revision < 1 || revision > row.revision) return undefined;
    let state = stateOfRow(row);
    if (revision === row.revision) return { state, hash: row.contentHash };
    const later = await revisionsAfter(ws.db, id, revision, true);
    for (const r of later) state = revertEdits(state, r.edits);
    const at = await ws.db
      .select({ hash: revisions.contentHash })
      .from(revisions)
      .where(and(eq(revisions.datasetId, id), eq(revisions.number, revision)));
    return { state, hash: at[0]?.hash ?? '' };
  }

  /** Who saved a revision of a dataset, when and why (without its edits); undefined when there is none. */
  async revisionSummary(id: string, revision: number): Promise<RevisionSummary | undefined> {
    const rows = await (
      await this.must()
    ).db
      .select({
        number: revisions.number,
        author: revisions.author,
        createdAt: revisions.createdAt,
        reason: revisions.reason,
      })
      .from(revisions)
      .where(and(eq(revisions.datasetId, id), eq(revisions.number, revision)));
    const row = rows[0];
    if (!row) return undefined;
    const { createdAt, ...rest } = row;
    return { ...rest, time: new Date(createdAt).toISOString() };
  }

  /** Every revision of a dataset, oldest first. */
  async log(id: string): Promise<Revision[]> {
    return revisionsAfter((await this.must()).db, id, 0);
  }

  /** The edits between two revisions of a dataset (each with before and after). */
  async diff(id: string, from: number, to: number): Promise<RecordedEdit[] | undefined> {
    const [a, b] = await Promise.all([this.stateAt(id, from), this.stateAt(id, to)]);
    return a && b ? diffStates(a.state, b.state) : undefined;
  }

  /**
   * A new dataset from a whole state, as revision 1. Refused when the id is taken (in the
   * workspace: the caller checks the folders) or the dataset does not validate.
   */
  async create(
    id: string,
    state: DatasetState,
    meta: Omit<SaveOptions, 'baseRevision'>,
  ): Promise<SaveResult> {
    const edits = diffStates(emptyState(), state);
    return writeRevision(await this.must(), id, edits, { ...meta, baseRevision: 0 }, this.options);
  }

  /**
   * Writes a change as the next revision, in one transaction. It is refused whole when an edit
   * is malformed, when the result does not validate (each problem with its JSON path), or when
   * a revision after `baseRevision` changed a cell it touches (each conflict: who, when, old →
   * new). Edits to other cells merge onto the current dataset.
   */
  async save(id: string, change: readonly Edit[], options: SaveOptions): Promise<SaveResult> {
    if (!(options.baseRevision >= 1))
      return refused([{ path: 'baseRevision', message: 'must be a revision number' }]);
    return writeRevision(await this.must(), id, change, options, this.options);
  }
}

async function defaultOpen(): Promise<WorkspaceDb | undefined> {
  const config = workspaceConfig();
  return workspaceExists(config) ? sharedWorkspaceDb(config) : undefined;
}
