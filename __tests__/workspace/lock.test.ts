import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCK_FILE, lockWorkspace, WorkspaceLockedError } from '@/lib/data/workspace/lock';
import { WorkerClient } from './support/client';
import { ENGINES } from './support/engines';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ws-lock-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('lockWorkspace', () => {
  test('writes our pid, and removes the file when released', () => {
    const release = lockWorkspace(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    expect(() => lockWorkspace(dir)).toThrow('already open in this process');
    release();
    expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  test('refuses while a live process holds the folder, naming its pid and DATABASE_URL', async () => {
    const holder = spawn('sleep', ['30']);
    try {
      fs.writeFileSync(path.join(dir, LOCK_FILE), `${holder.pid}\n`);
      expect(() => lockWorkspace(dir)).toThrow(WorkspaceLockedError);
      expect(() => lockWorkspace(dir)).toThrow(`(pid ${holder.pid})`);
      expect(() => lockWorkspace(dir)).toThrow('DATABASE_URL');
    } finally {
      holder.kill('SIGKILL');
    }
  });

  test('takes over a lock left by a process that is gone', async () => {
    const gone = spawn('true');
    await new Promise((resolve) => gone.once('exit', resolve));
    fs.writeFileSync(path.join(dir, LOCK_FILE), `${gone.pid}\n`);
    const release = lockWorkspace(dir);
    expect(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    release();
  });
});

describe('a second process on an open PGlite workspace', () => {
  const pglite = ENGINES.find((e) => e.name === 'pglite')!;
  afterAll(() => pglite.cleanup());

  test('refuses to open, naming the process that holds it and suggesting DATABASE_URL', async () => {
    const env = await pglite.fresh();
    const first = await WorkerClient.start(env);
    try {
      expect(first.hello).toMatchObject({ ready: true });
      const second = await WorkerClient.start(env);
      expect(second.hello).toEqual({
        fatal: expect.stringContaining(`(pid ${first.client.child.pid})`),
      });
      expect((second.hello as { fatal: string }).fatal).toContain('DATABASE_URL');
    } finally {
      await first.client.close();
    }
  }, 60_000);
});
