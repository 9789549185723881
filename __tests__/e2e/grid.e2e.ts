import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../cli/run';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { runOwnScript, signInCookie, startOwnServer, type OwnServer } from './support/ownServer';

// The editing grid (issue 17): the bundled dataset copied into a workspace of this test's own,
// a coder signed in, the grid driven with the keyboard alone.

const CODER = { email: 'grid-coder@example.org', password: 'a coder password long enough' };
const VIEWER = { email: 'grid-viewer@example.org', password: 'a viewer password long enough' };
let server: OwnServer;
let browser: Browser;

beforeAll(async () => {
  server = await startOwnServer('grid', (env) => {
    runOwnScript(env, 'workspace', [
      'import',
      path.join(ROOT, 'data', 'istanbul-2025'),
      '--id',
      'grid-talks',
    ]);
    runOwnScript(env, 'user', ['add', CODER.email, '--role', 'coder'], `${CODER.password}\n`);
    runOwnScript(env, 'user', ['add', VIEWER.email, '--role', 'viewer'], `${VIEWER.password}\n`);
  });
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

async function signedInPage(who: { email: string; password: string }, width = 1440) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const cookie = await signInCookie(server.base, who.email, who.password);
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url: server.base }]);
  const page = await context.newPage();
  return { context, page };
}

test('a coder moves through the grid with the keyboard and Enter opens the cell editor', async () => {
  const { context, page } = await signedInPage(CODER);
  const errors = watchConsole(page);
  await page.goto(`${server.base}/workspace/grid-talks/grid`);
  await expect(page.locator('h1').innerText()).resolves.toBe('Editing grid');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'grid-1440');

  // One stop in the tab order: the first party's cell of the first row.
  const grid = page.getByRole('grid');
  const first = grid.locator('[tabindex="0"]');
  await expect(first.count()).resolves.toBe(1);
  await first.focus();
  const label = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  const start = await label();
  expect(start).toMatch(/^Ukraine on /);
  await page.keyboard.press('ArrowRight');
  const right = await label();
  expect(right).toMatch(/^Russia on /);
  await page.keyboard.press('ArrowDown');
  const below = await label();
  expect(below).toMatch(/^Russia on /);
  expect(below).not.toBe(right);
  await page.keyboard.press('Home');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TH');

  // The filter narrows the rows, as on the read matrix.
  await page.getByLabel('Filter').fill('prisoner');
  await expect(grid.locator('tbody tr').count()).resolves.toBe(1);
  await page.getByLabel('Filter').fill('');

  // Enter follows the focused cell's link to its editor.
  await grid.locator('[tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
  expect(href).toMatch(/^\/workspace\/grid-talks\/(positions\/ukraine\/|add\/positions)/);
  await Promise.all([
    page.waitForURL((u) => u.pathname === href!.split('?')[0]),
    page.keyboard.press('Enter'),
  ]);
  expect(errors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([]);
  await context.close();

  const phone = await signedInPage(CODER, 390);
  await phone.page.goto(`${server.base}/workspace/grid-talks/grid`);
  await screenshot(phone.page, 'grid-390');
  expect(await seriousViolations(phone.page)).toEqual([]);
  await phone.context.close();
});

test('a viewer is told the grid needs the coder role; nobody signed out sees it', async () => {
  const { context, page } = await signedInPage(VIEWER);
  await page.goto(`${server.base}/workspace/grid-talks/grid`);
  await expect(page.locator('main .notice[role="alert"]').innerText()).resolves.toMatch(
    /needs the coder role/,
  );
  await expect(page.getByRole('grid').count()).resolves.toBe(0);
  await context.close();
  const anonymous = await fetch(`${server.base}/workspace/grid-talks/grid`, { redirect: 'manual' });
  expect(anonymous.status).toBe(307);
  expect(anonymous.headers.get('location')).toMatch(/\/signin\?next=/);
});
