import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { freePort } from '../../scripts/port';
import { ROOT } from '../cli/run';
import { launchBrowser, screenshot } from './support/browser';
import { serverDataDir, waitForServer } from './support/server';

// WORKSPACE_PRIVATE=1, on a server of this test's own (with its own PGlite workspace and first
// admin from the real CLI): a workspace dataset is readable only when signed in, its title is not
// listed to anyone else, and folder datasets stay public.

const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const EMAIL = 'coder@example.org';
const PASSWORD = 'a coder password long enough';
const ID = 'private-lake-talks';
const TITLE = 'Private lake talks (test)';
let runDir = '';
let base = '';
let stop = () => {};
let browser: Browser;

beforeAll(async () => {
  runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'negotiation-private-'));
  const env = {
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: serverDataDir(),
    WORKSPACE_DIR: path.join(runDir, 'workspace'),
    WORKSPACE_PRIVATE: '1',
  };
  const added = spawnSync(
    TSX,
    [path.join(ROOT, 'scripts', 'user.ts'), 'add', EMAIL, '--role', 'coder'],
    { cwd: ROOT, env, input: `${PASSWORD}\n`, encoding: 'utf8', timeout: 60_000 },
  );
  if (added.status !== 0) throw new Error(added.stderr);
  const port = await freePort();
  const out = fs.openSync(path.join(runDir, 'server.log'), 'w');
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: ROOT,
      env: { ...env, NODE_ENV: 'production' },
      stdio: ['ignore', out, out],
      detached: true,
    },
  );
  fs.closeSync(out);
  stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  base = `http://127.0.0.1:${port}`;
  await waitForServer(`${base}/floor`, 60_000, () => child.exitCode !== null);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  stop();
  if (runDir) fs.rmSync(runDir, { recursive: true, force: true });
});

/** Signs in through the API and creates the workspace dataset; returns the session cookie. */
async function signInAndCreate(): Promise<string> {
  const signIn = await fetch(`${base}/api/workspace/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
  const created = await fetch(`${base}/api/workspace/datasets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: base, cookie },
    body: JSON.stringify({ id: ID, title: TITLE, reason: 'a private dataset for the test' }),
  });
  expect(created.status).toBe(201);
  return cookie;
}

test('a workspace dataset is read only when signed in; folder datasets stay public', async () => {
  const cookie = await signInAndCreate();
  const get = (address: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${address}`, {
      headers: { accept: 'text/html', ...headers },
      redirect: 'manual',
    });

  // Anonymous: the page sends to sign-in and back; CSV and API say 401; nothing lists the title.
  const page = await get(`/${ID}/matrix`);
  expect(page.status).toBe(307);
  expect(new URL(page.headers.get('location') ?? '', base).toString()).toBe(
    `${base}/signin?next=${encodeURIComponent(`/${ID}/matrix`)}`,
  );
  expect(page.headers.get('cache-control')).toBe('private, no-store');
  for (const address of [`/${ID}/matrix.csv`, `/api/datasets/${ID}`]) {
    const data = await get(address);
    expect([address, data.status]).toEqual([address, 401]);
  }
  const landing = await get('/');
  expect(await landing.text()).not.toContain(TITLE);
  expect((await get('/istanbul-2025')).status).toBe(200);

  // Signed in: readable, listed, and never cacheable.
  const read = await get(`/${ID}`, { cookie });
  expect(read.status).toBe(200);
  expect(read.headers.get('cache-control')).toBe('private, no-store');
  expect(await read.text()).toContain(TITLE);
  expect(await (await get('/', { cookie })).text()).toContain(TITLE);
  expect((await get(`/api/datasets/${ID}`, { cookie })).status).toBe(200);

  // In the browser: a link to the dataset lands on the sign-in form, which comes back to it.
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(`${base}/${ID}/issues`);
  expect(new URL(tab.url()).pathname).toBe('/signin');
  await tab.getByLabel('Email').fill(EMAIL);
  await tab.getByLabel('Password').fill(PASSWORD);
  await tab.getByRole('button', { name: 'Sign in' }).click();
  await tab.waitForURL(`${base}/${ID}/issues`);
  await expect(tab.locator('h1').first().innerText()).resolves.toBe('Issues');
  await screenshot(tab, 'private-workspace-signed-in');
  await context.close();
});
