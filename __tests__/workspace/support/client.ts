import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const WORKER = path.join(__dirname, 'worker.ts');

/** The first line of a worker: ready (with its pid), or why it could not open the workspace. */
export type Hello = { ready: true; pid: number; engine: string } | { fatal: string };

/** A workspace running in a child process (see worker.ts), called op by op. */
export class WorkerClient {
  private next = 1;
  private readonly waiting = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void }
  >();
  private readonly listeners: ((message: Record<string, unknown>) => void)[] = [];
  private buffer = '';
  stderr = '';

  private constructor(readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString('utf8');
      let at: number;
      while ((at = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, at);
        this.buffer = this.buffer.slice(at + 1);
        if (line.startsWith('@@'))
          this.receive(JSON.parse(line.slice(2)) as Record<string, unknown>);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    child.on('exit', () => {
      for (const w of this.waiting.values()) w.reject(new Error(`worker exited: ${this.stderr}`));
      this.waiting.clear();
    });
  }

  /** Starts a worker with these environment variables; resolves with it and its first line. */
  static async start(env: Record<string, string>): Promise<{ client: WorkerClient; hello: Hello }> {
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', WORKSPACE_DIR: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const client = new WorkerClient(child);
    const hello = await client.waitFor((m) => 'ready' in m || 'fatal' in m);
    return { client, hello: hello as Hello };
  }

  private receive(message: Record<string, unknown>): void {
    for (const listen of [...this.listeners]) listen(message);
    if (typeof message.id !== 'number') return;
    const w = this.waiting.get(message.id);
    if (!w) return;
    this.waiting.delete(message.id);
    if ('error' in message) w.reject(new Error(String(message.error)));
    else w.resolve(message.result);
  }

  /** The next message for which `test` holds (for "ready" and "paused"). */
  waitFor(test: (message: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const listen = (m: Record<string, unknown>) => {
        if (!test(m)) return;
        this.listeners.splice(this.listeners.indexOf(listen), 1);
        resolve(m);
      };
      this.listeners.push(listen);
      this.child.once('exit', () => reject(new Error(`worker exited: ${this.stderr}`)));
    });
  }

  /** Runs one operation in the worker. */
  call<T = unknown>(op: string, args: Record<string, unknown> = {}): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.stdin!.write(`${JSON.stringify({ id, op, args })}\n`);
    });
  }

  /** Closes the workspace and waits for the process to end. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await this.call('close').catch(() => undefined);
    await exited;
  }

  /** Kills the process at once (SIGKILL) and waits for it to be gone. */
  async kill(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGKILL');
    await exited;
  }
}
