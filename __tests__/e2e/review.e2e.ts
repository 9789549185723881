import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../cli/run';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot } from './support/browser';
import { runOwnScript, signInCookie, startOwnServer, type OwnServer } from './support/ownServer';

// Review (docs/workspace-review.md): the bundled dataset copied into a workspace of this test's
// own; a reviewer challenges a cell and a coder answers it through the evidence page's plain
// forms, with JavaScript off; the matrix filters by review state and the CSV says each state.

const REVIEWER = { email: 'rev-reviewer@example.org', password: 'a reviewer password long enough' };
const CODER = { email: 'rev-coder@example.org', password: 'a coder password long enough' };
const CELL_PAGE = '/rev-talks/matrix/ceasefire/ukraine?round=kyiv-2025-05-10';
let server: OwnServer;
let browser: Browser;

beforeAll(async () => {
  server = await startOwnServer('review', (env) => {
    runOwnScript(env, 'workspace', [
      'import',
      path.join(ROOT, 'data', 'istanbul-2025'),
      '--id',
      'rev-talks',
    ]);
    runOwnScript(
      env,
      'user',
      ['add', REVIEWER.email, '--role', 'reviewer'],
      `${REVIEWER.password}\n`,
    );
    runOwnScript(env, 'user', ['add', CODER.email, '--role', 'coder'], `${CODER.password}\n`);
  });
  browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

async function pageAs(
  who: { email: string; password: string } | undefined,
  width = 1440,
  javaScriptEnabled = false,
) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled });
  if (who) {
    const cookie = await signInCookie(server.base, who.email, who.password);
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.base }]);
  }
  return { context, page: await context.newPage() };
}

test('a reviewer challenges with a comment, the coder answers, both show in the history oldest first', async () => {
  const anonymous = await pageAs(undefined);
  await anonymous.page.goto(server.base + CELL_PAGE);
  const section = anonymous.page.locator('#review-section');
  await expect(section.innerText()).resolves.toContain('Awaiting review');
  await expect(section.locator('form').count()).resolves.toBe(0);
  await anonymous.context.close();

  const reviewer = await pageAs(REVIEWER);
  await reviewer.page.goto(server.base + CELL_PAGE);
  await reviewer.page.fill('#review-challenge-text', 'The text gives no terms: 100 says too much.');
  await reviewer.page.click('text=Challenge this coding');
  expect(reviewer.page.url()).toContain('review-notice=challenge');
  const mine = reviewer.page.locator('#review-section');
  await expect(mine.innerText()).resolves.toContain('Challenged. The coder can answer');
  await expect(mine.innerText()).resolves.toContain('The text gives no terms');
  await reviewer.context.close();

  const coder = await pageAs(CODER, 390);
  await coder.page.goto(server.base + CELL_PAGE);
  const forms = coder.page.locator('#review-section form');
  await expect(forms.count()).resolves.toBe(1);
  await expect(coder.page.locator('#review-section h3').allInnerTexts()).resolves.toContain(
    'Answer the challenge',
  );
  await coder.page.fill(
    '#review-comment-text',
    'It is the top of the scale as the issue defines it.',
  );
  await coder.page.click('text=Send');
  const history = await coder.page.locator('#review-section ol > li strong').allInnerTexts();
  expect(history).toEqual([
    'Coded in revision 1',
    'Challenged (revision 1)',
    'Answer to the challenge',
  ]);
  await screenshot(coder.page, 'review-cell-390');
  await coder.context.close();

  // axe runs in the page, so it needs JavaScript; the page itself does not.
  const checked = await pageAs(REVIEWER, 1440, true);
  await checked.page.goto(server.base + CELL_PAGE);
  expect(await seriousViolations(checked.page)).toEqual([]);
  await screenshot(checked.page, 'review-cell-1440');
  await checked.context.close();
}, 60_000);

test('the matrix filters by review state, reviewed=only reads approved cells only, the CSV says each state', async () => {
  const { context, page } = await pageAs(undefined);
  await page.goto(`${server.base}/rev-talks/matrix?review=challenged&round=kyiv-2025-05-10`);
  await expect(page.locator('[aria-live="polite"]').innerText()).resolves.toContain(
    '1 cell challenged shown, other review states filtered out',
  );
  await expect(page.locator('#cell-ceasefire--ukraine').innerText()).resolves.toContain(
    'Challenged',
  );
  await expect(page.locator('#cell-ceasefire--russia').innerText()).resolves.toContain(
    'filtered out',
  );
  await page.goto(`${server.base}/rev-talks/matrix`);
  await expect(page.locator('[aria-label="Review"]').innerText()).resolves.toContain(
    'of the 76 coded positions in this version are unreviewed',
  );
  await page.click('text=Show approved cells only');
  expect(page.url()).toContain('reviewed=only');
  await expect(page.locator('[aria-label="Review"]').innerText()).resolves.toContain(
    'Approved cells only',
  );
  const csv = await (await fetch(`${server.base}/rev-talks/matrix.csv`)).text();
  const [header, ...rows] = csv.trimEnd().split('\r\n');
  expect(header!.split(',').at(-1)).toBe('review');
  expect(rows.every((r) => /,(awaiting|challenged|approved)$/.test(r))).toBe(true);
  await context.close();
}, 60_000);
