import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { withoutUnlandedPrefetches } from './support/routes';
import { BASE_URL } from './support/server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function open(url: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  await page.emulateMedia({ colorScheme });
  await page.goto(url);
  await page.waitForSelector('figure svg.recharts-surface');
  return page;
}

/** Clicks a download control in a figure and returns the saved file's first bytes and size. */
async function download(page: Page, figure: string, name: string) {
  const control =
    name === 'CSV (data)'
      ? page.locator(figure).getByRole('link', { name, exact: true })
      : page.locator(figure).getByRole('button', { name, exact: true });
  const [event] = await Promise.all([page.waitForEvent('download'), control.click()]);
  const file = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'charts-dl-')),
    event.suggestedFilename(),
  );
  await event.saveAs(file);
  const bytes = fs.readFileSync(file);
  return {
    name: event.suggestedFilename(),
    size: bytes.length,
    head: bytes.subarray(0, 8).toString('latin1'),
  };
}

describe('charts', () => {
  it('draws the stacked strips, ranking and heatmap on the overview, each with caption, table and downloads', async () => {
    const page = await open(`${BASE_URL}/istanbul-2025`);
    const errors = watchConsole(page);
    for (const id of ['#stacked-strips', '#disagreement-ranking', '#alignment-heatmap']) {
      const figure = page.locator(id);
      await expect(figure.locator('svg').count()).resolves.toBeGreaterThan(0);
      await expect(figure.locator('details table').count()).resolves.toBe(1);
      await expect(figure.locator('[role="img"]').getAttribute('aria-label')).resolves.toBeTruthy();
    }
    await expect(page.locator('#stacked-strips figcaption').innerText()).resolves.toMatch(
      /Furthest apart: .+, .+ vs .+, positions \d+ apart/,
    );
    const svg = await download(page, '#stacked-strips', 'SVG');
    expect(svg).toMatchObject({ name: 'istanbul-2025-stacked-strips.svg' });
    expect(svg.head).toBe('<svg xml');
    const png = await download(page, '#stacked-strips', 'PNG');
    expect(png.head).toBe('\x89PNG\r\n\x1a\n');
    expect(png.size).toBeGreaterThan(10000);
    const csv = await download(page, '#alignment-heatmap', 'CSV (data)');
    expect(csv).toMatchObject({ name: 'istanbul-2025-alignment.csv', head: 'party_a,' });
    await screenshot(page, 'charts-overview-light');
    expect(withoutUnlandedPrefetches(errors)).toEqual([]);
    await page.close();
  });

  it('draws one marker per party with a position on an issue strip, and the shifts across rounds', async () => {
    const page = await open(`${BASE_URL}/istanbul-2025/issues/ceasefire`, 'dark');
    const strip = page.locator('#strip-ceasefire');
    // Türkiye has no stated position on the ceasefire: four markers, not five
    await expect(strip.locator('path[data-party]').count()).resolves.toBe(4);
    await expect(strip.locator('path[data-party="turkiye"]').count()).resolves.toBe(0);
    await expect(strip.innerText()).resolves.toContain('No stated position (not drawn): Türkiye');
    await expect(page.locator('#shifts-ceasefire svg.recharts-surface').count()).resolves.toBe(1);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(18, 20, 24)');
    await screenshot(page, 'charts-issue-dark');
    await page.close();
  });

  it('reads without JavaScript: captions and data tables are in the server HTML', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${BASE_URL}/istanbul-2025/charts`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Only one side known');
    await expect(page.locator('figure details table').count()).resolves.toBeGreaterThan(10);
    // the heatmap is drawn on the server
    await expect(page.locator('svg[data-chart="alignment-heatmap"]').count()).resolves.toBe(1);
    await context.close();
  });
});
