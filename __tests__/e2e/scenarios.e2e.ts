import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { ROOT, runScript } from '../cli/run';
import { BASE_URL, serverDataDir } from './support/server';

// What-if views of the fictional Veloria example (its capabilities are invented), imported by
// the real CLI under an id of its own so other suites' imports of the example never collide.
const ID = 'veloria-scenarios';
const BASE = `${BASE_URL}/${ID}`;
const MARK = 'Scenario: not coded data';
const WHATIF = 'osvald.water-share=40,marenth.capability=90';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: string[];

beforeAll(async () => {
  const dir = path.join(ROOT, 'docs', 'examples', 'veloria-water-talks');
  const args = [
    path.join(dir, 'positions.csv'),
    ...['--id', ID, '--title', 'Lake Veloria water talks (fictional, scenarios)'],
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
  context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  errors = watchConsole(page);
});
afterAll(async () => {
  await browser.close();
});

/** The page reached: no console error, no serious accessibility problem, a screenshot kept. */
async function arrive(on: Page, name: string): Promise<void> {
  await on.waitForLoadState('load');
  await screenshot(on, `scenarios-${name}`);
  expect([name, await seriousViolations(on)]).toEqual([name, []]);
  expect([name, errors.splice(0)]).toEqual([name, []]);
}

describe('what-if views', () => {
  it('shows the Scenarios section on coded data, with no scenario mark', async () => {
    await page.goto(`${BASE}/issues/water-share`);
    await arrive(page, 'issue-coded');
    const section = page.locator('section[aria-labelledby="scenarios"]');
    const text = await section.innerText();
    expect(text).toMatch(/What it would take to agree/);
    expect(text).toMatch(/points of movement in all|already meet/);
    expect(text).toMatch(/Weighted median \d+(\.\d)? of 100 · compromise mean/);
    expect(text).toMatch(/not coded data and not a forecast of fact/);
    await expect(page.getByRole('note', { name: 'Scenario' }).count()).resolves.toBe(0);
  });

  it('builds the what-if link with the form, without JavaScript', async () => {
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const p = await plain.newPage();
    await p.goto(`${BASE}/issues/water-share`);
    const form = p.locator('section[aria-labelledby="scenarios"] form');
    await form.locator('select[name="party"]').selectOption('osvald');
    await form.locator('input[name="value"]').fill('40');
    await form.getByRole('button', { name: 'Open the what-if view' }).click();
    await p.waitForURL(/whatif=/);
    expect(new URL(p.url()).searchParams.get('whatif')).toBe('osvald.water-share=40');
    await expect(p.getByRole('note', { name: 'Scenario' }).innerText()).resolves.toContain(MARK);
    await plain.close();
  });

  it('marks every page of a what-if link and lists the changes', async () => {
    await page.goto(`${BASE}/issues/water-share?whatif=${encodeURIComponent(WHATIF)}`);
    await arrive(page, 'issue-whatif');
    const notice = page.getByRole('note', { name: 'Scenario' });
    const text = await notice.innerText();
    expect(text).toContain(MARK);
    expect(text).toMatch(/Kingdom of Osvald on .*: 50 → 40/);
    expect(text).toMatch(/Republic of Marenth's capability: 60 → 90/);
    // The cell the link sets is a scenario value, not a coded one.
    await expect(page.locator('main').innerText()).resolves.toContain('Scenario value');
    // Links keep the what-if: the overview from the section navigation is marked too.
    await page.locator('nav.dataset-nav').getByRole('link', { name: 'Overview' }).click();
    await page.waitForURL(/whatif=/);
    await expect(page.getByRole('note', { name: 'Scenario' }).innerText()).resolves.toContain(MARK);
    await arrive(page, 'overview-whatif');
    // At 390 px the notice fits without sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(
      `${BASE}/issues/water-share?round=round-3&whatif=${encodeURIComponent(WHATIF)}`,
    );
    await screenshot(page, 'scenarios-issue-whatif-390');
    expect(errors.splice(0)).toEqual([]);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it('names a bad part of the link instead of failing', async () => {
    const res = await fetch(
      `${BASE}/issues/water-share?whatif=nobody.water-share=10,osvald.water-share=400`,
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Ignored what-if &quot;nobody.water-share=10&quot;: no party');
    expect(html).toContain('the value must be a number from 0 to 100');
    expect(html).not.toContain(MARK);
  });

  it('stamps every slide of the briefing and has a "What it would take" slide', async () => {
    await page.goto(`${BASE}/brief?whatif=${encodeURIComponent(WHATIF)}`);
    await arrive(page, 'brief-whatif');
    const slides = await page.locator('article').count();
    const stamped = await page.locator('article p', { hasText: MARK }).count();
    expect(slides).toBeGreaterThan(3);
    expect(stamped).toBe(slides);
    const take = page.locator('article[data-kind="what-it-takes"]');
    await expect(take.locator('h2').innerText()).resolves.toBe('What it would take');
  });

  it('says so in the CSV file name and a column', async () => {
    const res = await fetch(`${BASE}/matrix.csv?whatif=${encodeURIComponent(WHATIF)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/-scenario\.csv"$/);
    const [header, ...rows] = (await res.text()).trimEnd().split('\r\n');
    expect(header).toMatch(/,scenario$/);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain(MARK);
    const chart = await fetch(
      `${BASE}/chart.csv?chart=strip&issue=water-share&whatif=${encodeURIComponent(WHATIF)}`,
    );
    expect(chart.headers.get('content-disposition')).toMatch(/-scenario\.csv"$/);
    await expect(chart.text()).resolves.toContain(MARK);
    const coded = await fetch(`${BASE}/matrix.csv`);
    expect(coded.headers.get('content-disposition')).not.toMatch(/-scenario\.csv/);
    await expect(coded.text()).resolves.not.toContain(MARK);
  });
});
