import fs from 'node:fs';
import path from 'node:path';
import { isRunning } from '../process';

/** The file beside the database folder that names the process holding a PGlite workspace. */
export const LOCK_FILE = 'workspace.lock';

/** Thrown when another live process holds the workspace folder. */
export class WorkspaceLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The workspace in ${dir} is open in another process (pid ${pid}). A PGlite workspace can be ` +
        'open in one process only: stop that process (for example the web server) and try again, ' +
        'or set DATABASE_URL to a PostgreSQL server, which many processes can share.',
    );
    this.name = 'WorkspaceLockedError';
  }
}

/**
 * Takes the workspace folder for this process: writes the lock file with our pid, or refuses
 * with WorkspaceLockedError when a live process holds it. A lock left by a dead process (a
 * crash) is taken over. Returns the function that gives the lock back.
 */
export function lockWorkspace(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      const release = () => {
        try {
          if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.unlinkSync(file);
        } catch {
          // already gone
        }
      };
      process.once('exit', release);
      return () => {
        process.removeListener('exit', release);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    if (pid === process.pid)
      throw new Error(`the workspace in ${dir} is already open in this process`);
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid))
      throw new WorkspaceLockedError(dir, pid);
    fs.rmSync(file, { force: true });
  }
  throw new Error(`could not take the lock file ${file}`);
}
