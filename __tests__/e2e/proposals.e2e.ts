import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { ROOT, runScript } from '../cli/run';
import { ARTIFACTS_DIR, BASE_URL, serverDataDir } from './support/server';

// The redline of the fictional Veloria plans: imported from the docs example (clauses.csv
// included) by the real CLI, under an id of its own so the walk's import of the same example
// never collides with it.
const ID = 'veloria-proposals';
const BASE = `${BASE_URL}/${ID}`;
const REDLINE = `${BASE}/proposals/draft-framework/counter-proposal`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  const dir = path.join(ROOT, 'docs', 'examples', 'veloria-water-talks');
  const args = [
    path.join(dir, 'positions.csv'),
    ...['--id', ID, '--title', 'Lake Veloria water talks (fictional, proposals)'],
    ...['--summary', 'A made-up negotiation over a shared lake.'],
    ...['parties', 'issues', 'rounds', 'sources', 'clauses'].flatMap((f) => [
      `--${f}`,
      path.join(dir, `${f}.csv`),
    ]),
    ...['--sources-dir', path.join(dir, 'sources')],
  ];
  const imported = runScript('import', args, serverDataDir(), ROOT);
  expect([imported.status, imported.err]).toEqual([0, '']);
  browser = await launchBrowser();
  // axe-core needs a page from an explicit context.
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  errors = watchConsole(page);
});
afterAll(async () => {
  await browser.close();
});

/** The page reached: its heading, no console error, no serious accessibility problem. */
async function arrive(on: Page, name: string, heading: RegExp, seen = errors): Promise<void> {
  await on.waitForLoadState('load');
  await expect(on.locator('h1').first().innerText()).resolves.toMatch(heading);
  await screenshot(on, `proposals-${name}`);
  expect([name, await seriousViolations(on)]).toEqual([name, []]);
  expect([name, seen.splice(0)]).toEqual([name, []]);
}

/** Pages in a PDF: pdfinfo when installed, else the page objects in the file. */
function pdfPageCount(file: string): number {
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  } catch {
    return (fs.readFileSync(file, 'latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  }
}

describe('proposals, clause by clause', () => {
  it('opens the redline of the draft and its counter-proposal from the dataset navigation', async () => {
    await page.goto(BASE);
    await page
      .locator('nav.dataset-nav')
      .getByRole('link', { name: 'Proposals', exact: true })
      .click();
    await page.waitForURL(REDLINE);
    await arrive(
      page,
      'redline',
      /counter-proposal[\s\S]*against[\s\S]*Commission draft framework/i,
    );
    const summary = page.locator('section[aria-labelledby="redline-summary"]');
    await expect(summary.innerText()).resolves.toMatch(
      /of 12 points, it keeps 3, rewrites 6, splits 1 into 2, drops 2 and adds 2 new points \(13 points in all\)/,
    );
    // Names and scale words sit in direction isolates (U+2068 … U+2069).
    const text = (await summary.innerText()).replace(/[\u2066-\u2069]/g, '');
    expect(text).toMatch(
      /most on Monitoring the flow \(−50, towards “Each state measures its own stretch”\)/,
    );
  });

  it('shows every line: the word diff, a split, a renumbered clause, drops and additions', async () => {
    const lines = page.locator('ol > li[id^="line-"]');
    await expect(lines.count()).resolves.toBe(14);
    const drought = page.locator('#line-5');
    await expect(drought.locator('del').first().innerText()).resolves.toContain('two fifths');
    await expect(drought.locator('ins').first().innerText()).resolves.toContain('one half');
    await expect(page.locator('#line-7').innerText()).resolves.toMatch(/Split[\s\S]*7 \+ 8/);
    await expect(page.locator('#line-8').innerText()).resolves.toContain('Renumbered 8 → 9');
    await expect(page.locator('ol > li[data-kind="dropped"]').count()).resolves.toBe(2);
    await expect(page.locator('ol > li[data-kind="added"]').count()).resolves.toBe(2);
    await expect(page.locator('#line-1').innerText()).resolves.toMatch(
      /Share of the outflow[\s\S]*55 → 65 \(\+10/,
    );
  });

  it('downloads the redline as CSV, a row per line', async () => {
    const href = await page
      .getByRole('link', { name: 'Download the redline (CSV)' })
      .getAttribute('href');
    const res = await page.request.get(`${BASE_URL}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/^text\/csv/);
    const rows = (await res.text()).trimEnd().split('\r\n');
    expect(rows).toHaveLength(15);
    expect(rows[0]).toBe(
      'line,status,old_number,new_number,old_title,new_title,old_text,new_text,changes,words_in_common,issues_moved',
    );
    expect(rows[7]).toMatch(/^7,split,7,7 \+ 8,/);
  });

  it('prints the summary on one page, then ten lines a page', async () => {
    await page.emulateMedia({ media: 'print' });
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, 'proposals-redline.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    // 14 lines: the summary, lines 1-10, lines 11-14.
    expect(pdfPageCount(file)).toBe(4);
  });

  it('presents the summary as a briefing slide, axe-clean', async () => {
    await page.getByRole('link', { name: /Present the summary/ }).click();
    await page.waitForURL(/\/brief\?slide=\d+/);
    await page.waitForSelector('[data-ready="true"]');
    const slide = page.locator('[aria-roledescription="slide"]:not([hidden]) article');
    await expect(slide.getAttribute('data-kind')).resolves.toBe('redline');
    await expect(slide.innerText()).resolves.toMatch(/3\s*kept[\s\S]*6\s*changed/);
    await screenshot(page, 'proposals-slide');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors.splice(0)).toEqual([]);
    await slide.getByRole('link', { name: 'Every clause, word by word' }).click();
    await page.waitForURL(REDLINE);
  });

  it('swaps old and new, and chooses another pair with the form', async () => {
    await page.goto(REDLINE);
    await page.getByRole('link', { name: 'Swap old and new' }).click();
    await page.waitForURL(`${BASE}/proposals/counter-proposal/draft-framework`);
    await arrive(
      page,
      'redline-swapped',
      /Commission draft framework[\s\S]*against[\s\S]*counter-proposal/i,
    );
    await page.getByLabel('Old text').selectOption('draft-framework');
    await page.getByLabel('New text').selectOption('counter-proposal');
    await page.getByRole('button', { name: 'Show the redline' }).click();
    await page.waitForURL(REDLINE);
  });

  it('reads at 390 px wide without sideways scrolling', async () => {
    const narrow = await context.newPage();
    await narrow.setViewportSize({ width: 390, height: 844 });
    const seen = watchConsole(narrow);
    await narrow.goto(REDLINE);
    await arrive(narrow, 'redline-390', /against/, seen);
    const width = await narrow.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await narrow.close();
  });

  it('has an empty state where a dataset has no proposals, and no page for a pair that is not one', async () => {
    await page.goto(`${BASE_URL}/istanbul-2025/proposals`);
    await arrive(page, 'empty', /Proposals/);
    await expect(page.locator('main').innerText()).resolves.toContain(
      'This dataset has no proposals.',
    );
    const res = await page.request.get(`${BASE}/proposals/marenth/counter-proposal`);
    expect(res.status()).toBe(404);
    const csv = await page.request.get(`${BASE}/proposals/marenth/osvald/redline.csv`);
    expect(csv.status()).toBe(404);
  });
});
