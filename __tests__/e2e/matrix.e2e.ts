import type { Browser, BrowserContext } from 'playwright-core';
import { parseCsvRecords } from '@/lib/csv/parse';
import { launchBrowser, screenshot } from './support/browser';
import { BASE_URL } from './support/server';

const MATRIX = `${BASE_URL}/istanbul-2025/matrix`;

let browser: Browser;
let noJs: BrowserContext;
beforeAll(async () => {
  browser = await launchBrowser();
  // Reading, sorting and filtering must work with JavaScript off.
  noJs = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 1440, height: 900 },
  });
});
afterAll(async () => {
  await noJs.close();
  await browser.close();
});

const rowTitles = (page: import('playwright-core').Page) =>
  page.locator('tbody th[scope="row"] > a').allInnerTexts();

describe('position matrix without JavaScript', () => {
  it('shows every issue and party, sorts by link and filters by form', async () => {
    const page = await noJs.newPage();
    await page.goto(MATRIX);
    expect(await rowTitles(page)).toHaveLength(14);
    await expect(page.locator('thead th[scope="col"]').count()).resolves.toBe(6);

    await page.getByRole('link', { name: 'Title', exact: true }).click();
    await page.waitForURL(`${MATRIX}?sort=title`);
    expect((await rowTitles(page))[0]).toBe('Ceasefire');

    await page.getByLabel(/Only issues with positions/).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    // The submitted form is sent on to the short link.
    await page.waitForURL(`${MATRIX}?sort=title&only=gaps`);
    const gaps = await rowTitles(page);
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.length).toBeLessThan(14);
    await page.close();
  });

  it('chooses and orders parties with the picker', async () => {
    const page = await noJs.newPage();
    await page.goto(`${MATRIX}?parties=russia,ukraine`);
    await page.getByText(/^Parties: /).click();
    await page.getByRole('link', { name: 'Move Ukraine one column earlier' }).click();
    await page.waitForURL(`${MATRIX}?parties=ukraine,russia`);
    await page.getByText(/^Parties: /).click();
    await page.locator('input[name="parties"][value="us"]').check();
    await page.getByRole('button', { name: 'Show the ticked parties' }).click();
    await page.waitForURL(`${MATRIX}?parties=ukraine,russia,us`);
    const headers = await page.locator('thead th[scope="col"]').allInnerTexts();
    expect(headers.map((h) => h.trim())).toEqual(['Issue', 'Ukraine', 'Russia', 'US']);
    await page.close();
  });

  it('notes an unknown party and round instead of failing', async () => {
    const page = await noJs.newPage();
    const res = await page.goto(`${MATRIX}?parties=ukraine,atlantis&round=never`);
    expect(res?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Ignored unknown party: atlantis.');
    expect(text).toContain('Ignored unknown round: never.');
    await page.close();
  });

  it('opens a cell’s evidence page and comes back to its anchor', async () => {
    const page = await noJs.newPage();
    await page.goto(MATRIX);
    await page.locator('#cell-ceasefire--ukraine a').first().click();
    await page.waitForURL(`${MATRIX}/ceasefire/ukraine`);
    await page.locator('blockquote').first().waitFor();
    await expect(page.locator('blockquote').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('table', { name: /across rounds/ }).count()).resolves.toBe(1);
    await screenshot(page, 'matrix-evidence');
    await page.getByRole('link', { name: /Back to the matrix/ }).click();
    await page.waitForURL(`${MATRIX}#cell-ceasefire--ukraine`);
    await page.close();
  });
});

describe('position matrix layout', () => {
  it('keeps the header row and the issue column in view while the table scrolls', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(MATRIX);
    const region = page.getByRole('region', { name: /Position matrix/ });
    const header = page.locator('thead th').nth(1);
    const firstColumn = page.locator('tbody th').first();
    const before = { header: await header.boundingBox(), column: await firstColumn.boundingBox() };
    await region.evaluate((el) => el.scrollBy(300, 400));
    const after = { header: await header.boundingBox(), column: await firstColumn.boundingBox() };
    expect(after.header?.y).toBeCloseTo(before.header!.y, 0);
    expect(after.column?.x).toBeCloseTo(before.column!.x, 0);
    // the page itself never scrolls sideways
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, 'matrix-390');
    // On a phone a link skips the filters; on a wide screen it is not shown.
    await page.getByRole('link', { name: /Skip the filters to the table/ }).click();
    await page.waitForURL(`${MATRIX}#matrix-table`);
    const top = (await region.boundingBox())?.y ?? Infinity;
    expect(top).toBeLessThan(10);
    await page.setViewportSize({ width: 1440, height: 900 });
    await expect(
      page.getByRole('link', { name: /Skip the filters to the table/ }).isVisible(),
    ).resolves.toBe(false);
    await page.close();
  });
});

describe('matrix exports', () => {
  it('downloads the view as CSV that parses, with the version in the name and a header', async () => {
    const res = await fetch(`${MATRIX}.csv?parties=ukraine,russia&q=ceasefire`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const version = res.headers.get('x-dataset-version');
    expect(version).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/);
    expect(res.headers.get('content-disposition')).toContain(`istanbul-2025-matrix-${version}`);
    const { records, errors } = parseCsvRecords(await res.text());
    expect(errors).toEqual([]);
    expect(records[0]?.slice(0, 3)).toEqual(['round', 'party', 'issue']);
    const parties = new Set(records.slice(1).map((r) => r[1]));
    expect([...parties].sort()).toEqual(['russia', 'ukraine']);
  });

  it('serves the dataset as JSON with gaps, and 404 JSON for an unknown one', async () => {
    const res = await fetch(`${BASE_URL}/api/datasets/istanbul-2025`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { version: { hash: string }; gaps: unknown[] };
    expect(body.version.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(body.gaps).toHaveLength(14);
    const missing = await fetch(`${BASE_URL}/api/datasets/atlantis`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'not found', dataset: 'atlantis' });
    const broken = await fetch(`${BASE_URL}/api/datasets/broken-example`);
    expect(broken.status).toBe(422);
  });
});
