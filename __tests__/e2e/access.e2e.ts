import type { Browser } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { runOwnScript, startOwnServer, type OwnServer } from './support/ownServer';

// Signing in through the form with JavaScript off, on a server of this test's own: its PGlite
// workspace gets its first admin from the real CLI before the server opens it (the shared
// server's workspace belongs to version.e2e.ts, which imports into it before any request).

const EMAIL = 'admin@example.org';
const PASSWORD = 'an admin password long enough';
let server: OwnServer;
let base = '';
let browser: Browser;

beforeAll(async () => {
  server = await startOwnServer('access', (env) =>
    runOwnScript(env, 'user', ['add', EMAIL, '--role', 'admin'], `${PASSWORD}\n`),
  );
  base = server.base;
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

test('signs in and out through the forms with JavaScript off; the pages are private and axe-clean', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const first = await page.goto(`${base}/workspace/users`);
  expect(new URL(page.url()).pathname).toBe('/signin');
  expect(first?.headers()['cache-control']).toBe('private, no-store');

  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const error = page.locator('#signin-password-error');
  await expect(error.textContent()).resolves.toBe(
    'That email and password do not match an active account.',
  );
  expect(await page.getByLabel('Password').getAttribute('aria-describedby')).toBe(
    'signin-password-error',
  );
  expect(await page.getByLabel('Email').inputValue()).toBe(EMAIL);
  const refusedAt = page.url();

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  expect(new URL(page.url()).pathname).toBe('/workspace/users');
  expect(await page.locator('h1').textContent()).toBe('Users');
  const [cookie] = await context.cookies();
  expect(cookie).toMatchObject({
    name: 'np_session',
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: false,
  });
  await screenshot(page, 'workspace-users');

  await page.getByRole('button', { name: 'Sign out' }).click();
  expect(new URL(page.url()).pathname).toBe('/signin');
  expect(await context.cookies()).toEqual([]);
  // The old cookie signs no one in: its session row is gone.
  const again = await fetch(`${base}/api/workspace/session`, {
    headers: { cookie: `np_session=${cookie!.value}` },
  });
  expect(again.status).toBe(401);
  await context.close();

  // axe runs in the page, so it needs JavaScript: the refused sign-in and, signed in, the users page.
  const checked = await browser.newContext();
  const axePage = await checked.newPage();
  await axePage.goto(refusedAt);
  expect(await seriousViolations(axePage)).toEqual([]);
  await axePage.getByLabel('Password').fill(PASSWORD);
  await axePage.getByRole('button', { name: 'Sign in' }).click();
  await axePage.waitForURL('**/workspace/users');
  expect(await seriousViolations(axePage)).toEqual([]);
  await checked.close();
});
