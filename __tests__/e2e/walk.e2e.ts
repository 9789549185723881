import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { ROOT, runScript } from '../cli/run';
import { ARTIFACTS_DIR, BASE_URL, serverDataDir } from './support/server';

// One analyst's walk through the dashboard, by clicking links as a person would: every page is
// checked for console errors and serious accessibility problems, and photographed.

let browser: Browser;
let page: Page;
let errors: string[];
let step = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  // axe-core needs a page from an explicit context.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  errors = watchConsole(page);
});
afterAll(async () => {
  await browser.close();
});

/** Checks the page the walk has reached: its heading, no console error, no serious a11y issue. */
async function arrive(name: string, heading: RegExp): Promise<void> {
  await page.waitForLoadState('load');
  await expect(page.locator('h1').first().innerText()).resolves.toMatch(heading);
  step += 1;
  await screenshot(page, `walk-${String(step).padStart(2, '0')}-${name}`);
  expect([name, await seriousViolations(page)]).toEqual([name, []]);
  // Every data table has a name (caption or aria-label) and header cells, so a screen reader can
  // name and walk it.
  const tables = await page.locator('main table').evaluateAll((all) =>
    all.map((t, i) => ({
      table: i + 1,
      caption:
        (t.querySelector('caption')?.textContent ?? '').trim() !== '' ||
        !!t.getAttribute('aria-label') ||
        !!t.getAttribute('aria-labelledby'),
      headers: t.querySelectorAll('th').length > 0,
    })),
  );
  expect([name, tables.filter((t) => !t.caption || !t.headers)]).toEqual([name, []]);
  expect([name, errors.splice(0)]).toEqual([name, []]);
}

/** Follows a link in the dataset's section navigation. */
async function section(label: string): Promise<void> {
  await page.locator('nav.dataset-nav').getByRole('link', { name: label, exact: true }).click();
}

/** The issue titles of the matrix rows, top to bottom. */
const rowTitles = () => page.locator('table tbody th[scope="row"]').allInnerTexts();
/** The party column headers of the matrix, left to right (without the corner cell). */
const columnTitles = async () =>
  (await page.locator('table thead th[scope="col"]').allInnerTexts()).slice(1);

describe('an analyst walks through the dashboard', () => {
  it('lands on the list of negotiations and opens the Istanbul talks', async () => {
    await page.goto(`${BASE_URL}/`);
    await arrive('landing', /Negotiations/);
    await page
      .locator('main')
      .getByRole('link', { name: /Istanbul, May 2025/ })
      .first()
      .click();
    await page.waitForURL(`${BASE_URL}/istanbul-2025`);
    await arrive('overview', /Istanbul/);
  });

  it('opens the matrix: a captioned table with a header cell for every party and issue', async () => {
    await section('Matrix');
    await page.waitForURL(/\/istanbul-2025\/matrix$/);
    await arrive('matrix', /matrix/i);
    await expect(page.locator('table caption').count()).resolves.toBe(1);
    expect(await columnTitles()).toEqual(['Ukraine', 'Russia', 'US', 'E4', 'Türkiye']);
    expect(await rowTitles()).toHaveLength(14);
  });

  it('sorts the matrix by title', async () => {
    await page.getByRole('link', { name: 'Title', exact: true }).click();
    await page.waitForURL(/sort=title/);
    const titles = await rowTitles();
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    await arrive('matrix-sorted', /matrix/i);
  });

  it('filters the matrix with the search form', async () => {
    await page.getByLabel('Find issues or positions').fill('ceasefire');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/q=ceasefire/);
    const titles = await rowTitles();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.length).toBeLessThan(14);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('title');
    await arrive('matrix-filtered', /matrix/i);
  });

  it('chooses which parties to show', async () => {
    await page.goto(`${BASE_URL}/istanbul-2025/matrix`);
    await page.locator('details summary').filter({ hasText: /part/i }).first().click();
    for (const name of ['United States', 'European Four (E4)', 'Türkiye']) {
      await page.getByRole('checkbox', { name }).uncheck();
    }
    await page.getByRole('button', { name: 'Show the ticked parties' }).click();
    await page.waitForURL(/parties=/);
    expect(await columnTitles()).toEqual(['Ukraine', 'Russia']);
    await arrive('matrix-two-parties', /matrix/i);
  });

  it("opens a cell's evidence: the coded position and its verbatim quote", async () => {
    await page.locator('a[href="/istanbul-2025/matrix/ceasefire/russia"]').first().click();
    await page.waitForURL(/\/matrix\/ceasefire\/russia$/);
    await arrive('evidence', /Russia/);
    await expect(page.locator('blockquote').count()).resolves.toBeGreaterThan(0);
  });

  it('goes on to the issue page', async () => {
    await section('Issues');
    await page.waitForURL(/\/issues$/);
    await arrive('issues', /Issues/);
    await page
      .locator('main')
      .getByRole('link', { name: 'Ceasefire', exact: true })
      .first()
      .click();
    await page.waitForURL(/\/issues\/ceasefire$/);
    await arrive('issue', /Ceasefire/);
  });

  it('compares two parties head to head', async () => {
    await section('Compare');
    await page.waitForURL(/\/compare/);
    await arrive('compare', /Compare|Ukraine/);
    await page.getByLabel('First party').selectOption('us');
    await page.getByLabel('Second party').selectOption('russia');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/compare\/us\/russia|a=us/);
    await arrive('compare-us-russia', /United States|US/);
  });

  it('reads the timeline, the sources and the method', async () => {
    await section('Timeline');
    await page.waitForURL(/\/timeline$/);
    await arrive('timeline', /Timeline/);
    await section('Sources');
    await page.waitForURL(/\/sources$/);
    await arrive('sources', /Sources/);
    await page
      .getByRole('link', { name: 'Russian-Ukrainian Delegations Meet in Istanbul' })
      .click();
    await page.waitForURL(/\/sources\/pism-istanbul-2025$/);
    await arrive('source', /Russian-Ukrainian Delegations Meet in Istanbul/);
    await expect(page.locator('mark').count()).resolves.toBeGreaterThan(40);
    await section('Method');
    await page.waitForURL(/\/method$/);
    await arrive('method', /Method/);
  });

  it('looks at the charts', async () => {
    await section('Charts');
    await page.waitForURL(/\/charts$/);
    await page.locator('svg').first().waitFor();
    await arrive('charts', /Charts|Gap/i);
  });

  it('presents the briefing with the keys and prints it to PDF', async () => {
    await section('Briefing');
    await page.waitForURL(/\/brief$/);
    await page.waitForSelector('[data-ready="true"]');
    await arrive('brief', /./);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/slide=2/);
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await page.waitForURL((url) => !url.searchParams.has('slide'));
    await screenshot(page, `walk-${String(step).padStart(2, '0')}-brief-keys`);
    await page.emulateMedia({ media: 'print' });
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, 'walk-brief.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
    expect(errors.splice(0)).toEqual([]);
  });
});

describe('an analyst walks through a negotiation whose cast changes (the fictional Veloria example)', () => {
  const base = `${BASE_URL}/veloria-water-talks`;
  beforeAll(() => {
    // Imported from the docs example's CSV files by the real CLI, into the running server's data.
    const dir = path.join(ROOT, 'docs', 'examples', 'veloria-water-talks');
    const args = [
      path.join(dir, 'positions.csv'),
      ...['--id', 'veloria-water-talks', '--title', 'Lake Veloria water talks (fictional)'],
      ...['--summary', 'A made-up negotiation over a shared lake.'],
      ...['parties', 'issues', 'rounds', 'sources'].flatMap((f) => [
        `--${f}`,
        path.join(dir, `${f}.csv`),
      ]),
      ...['--sources-dir', path.join(dir, 'sources')],
    ];
    const imported = runScript('import', args, serverDataDir(), ROOT);
    expect([imported.status, imported.err]).toEqual([0, '']);
  });

  /** The text of a matrix column header, by the party's short name. */
  const header = (name: string) =>
    page.locator('table thead th[scope="col"]', { hasText: name }).first().innerText();

  it('opens the overview', async () => {
    await page.goto(base);
    await arrive('veloria-overview', /Veloria/);
  });

  it('opens the matrix of each round: absent and superseded parties are not at the table', async () => {
    await page.goto(`${base}/matrix?round=round-1`);
    await arrive('veloria-matrix-round-1', /matrix/i);
    expect(await header('League')).not.toMatch(/not at the table/);
    await page.goto(`${base}/matrix?round=round-2`);
    await arrive('veloria-matrix-round-2', /matrix/i);
    expect(await header('League')).toMatch(/not at the table/);
    expect(await header('Draft framework')).not.toMatch(/not at the table/);
    await page.goto(`${base}/matrix?round=round-3`);
    await arrive('veloria-matrix-round-3', /matrix/i);
    expect(await header('Draft framework')).toMatch(/not at the table/);
    await expect(page.locator('main').getByText('Withdrawn').count()).resolves.toBeGreaterThan(0);
  });

  it('opens coverage from the dataset navigation', async () => {
    await section('Coverage');
    await page.waitForURL(/\/veloria-water-talks\/coverage$/);
    await arrive('veloria-coverage', /Coverage/);
    await expect(
      page.locator('main').getByText('carried from Round 1').count(),
    ).resolves.toBeGreaterThan(0);
  });

  it('compares the draft with its counter-proposal, each at its last round in force', async () => {
    await page.goto(`${base}/compare/draft-framework/counter-proposal`);
    await arrive('veloria-compare', /draft framework/i);
    const table = page.locator('table', {
      has: page.locator('caption', { hasText: 'Issue by issue' }),
    });
    await expect(table.locator('thead').innerText()).resolves.toMatch(
      /at Round 2[\s\S]*at Round 3/,
    );
  });

  it('opens a cell whose sources disagree: each quote beside its reading, with speaker and date', async () => {
    await page.goto(`${base}/matrix?round=round-3`);
    await page
      .locator('table tbody tr', { hasText: 'Share of the outflow' })
      .getByRole('link', { name: 'Half the outflow' })
      .first()
      .click();
    await page.waitForURL(/\/matrix\/water-share\/osvald/);
    await arrive('veloria-contested-evidence', /Osvald on Share of the outflow/);
    const main = page.locator('main');
    await expect(main.innerText()).resolves.toMatch(
      /Sources disagree: readings 30–50 of 100 \(coded 50\)/,
    );
    // The press quote says its own reading, its speaker is named and its own date shown.
    await expect(main.innerText()).resolves.toMatch(/Reads 30 of 100/);
    await expect(main.innerText()).resolves.toMatch(/Ilse Varga, Foreign Minister of Osvald/);
    await expect(main.innerText()).resolves.toMatch(/28 May 2026/);
  });

  it('orients the scales to one party: the flipped issues say so', async () => {
    await page.goto(`${base}/matrix?sort=title`);
    await page.locator('select[name="orient"]').first().selectOption('marenth');
    await page.getByRole('button', { name: 'Orient' }).first().click();
    await page.waitForURL(/orient=marenth/);
    await arrive('veloria-matrix-oriented', /matrix/i);
    // The form resubmits the page's other parameters: still sorted by title.
    expect(page.url()).toMatch(/sort=title/);
    await expect(page.locator('main').innerText()).resolves.toMatch(/Oriented to Marenth/);
    const flipped = await rowTitles();
    expect(flipped.filter((t) => /\(flipped\)/.test(t)).length).toBe(2);
    expect(flipped.find((t) => /Refilling the reservoirs/.test(t))).not.toMatch(/flipped/);
    // The oriented view is kept on links: the evidence page reads the flipped scale too.
    await page
      .locator('table tbody tr', { hasText: 'Share of the outflow' })
      .getByRole('link', { name: 'Half the outflow' })
      .first()
      .click();
    await page.waitForURL(/orient=marenth/);
    await arrive('veloria-evidence-oriented', /Osvald on Share of the outflow/);
    await expect(page.locator('main').innerText()).resolves.toMatch(/readings 50–70 of 100/);
  });

  it('opens the briefing', async () => {
    await section('Briefing');
    await page.waitForURL(/\/veloria-water-talks\/brief/);
    await page.waitForSelector('[data-ready="true"]');
    await arrive('veloria-brief', /./);
  });

  it('finds an issue slide that lists more quotes than fit, with a link to all of them', async () => {
    await page.goto(`${base}/brief`);
    await page.waitForSelector('[data-ready="true"]');
    // Slides other than the current one are hidden: read the link, then follow it.
    const more = page.locator('a', { hasText: /^\+\d+ more quotes? from /i }).first();
    await expect(more.count()).resolves.toBe(1);
    const href = await more.getAttribute('href');
    expect(href).toMatch(/\/veloria-water-talks\/matrix\/[^/]+\/[^/?]+/);
    await page.goto(new URL(href!, BASE_URL).toString());
    await arrive('veloria-more-quotes-evidence', / on /);
  });
});
