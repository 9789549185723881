import type { Browser } from 'playwright-core';
import { launchBrowser, screenshot } from './support/browser';
import { runOwnScript, signInCookie, startOwnServer, type OwnServer } from './support/ownServer';

// WORKSPACE_PRIVATE=1, on a server of this test's own (with its own PGlite workspace and a coder
// added by the real CLI): a workspace dataset is readable only when signed in, its title is not
// listed to anyone else, and folder datasets stay public.

const EMAIL = 'coder@example.org';
const PASSWORD = 'a coder password long enough';
const ID = 'private-lake-talks';
const TITLE = 'Private lake talks (test)';
let server: OwnServer;
let base = '';
let browser: Browser;

beforeAll(async () => {
  server = await startOwnServer(
    'private',
    (env) => runOwnScript(env, 'user', ['add', EMAIL, '--role', 'coder'], `${PASSWORD}\n`),
    { WORKSPACE_PRIVATE: '1' },
  );
  base = server.base;
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** Signs in through the API and creates the workspace dataset; returns the session cookie. */
async function signInAndCreate(): Promise<string> {
  const cookie = await signInCookie(base, EMAIL, PASSWORD);
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
