import type { Browser } from 'playwright-core';
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

describe('landing and overview', () => {
  it('lists the bundled dataset and a broken one with its errors', async () => {
    const page = await browser.newPage();
    const errors = watchConsole(page);
    const res = await page.goto(`${BASE_URL}/`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole('link', { name: /Istanbul/ }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('text=broken-example').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.problems li').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, '01-landing');
    expect(withoutUnlandedPrefetches(errors)).toEqual([]);
    await page.close();
  });

  it('opens the overview with parties, issues and points of disagreement', async () => {
    const page = await browser.newPage();
    const errors = watchConsole(page);
    const res = await page.goto(`${BASE_URL}/istanbul-2025`);
    expect(res?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    for (const party of ['Ukraine', 'Russia', 'United States']) expect(text).toContain(party);
    expect(text).toMatch(/disagreement/i);
    await screenshot(page, '02-overview');
    expect(withoutUnlandedPrefetches(errors)).toEqual([]);
    await page.close();
  });
});

describe('an earlier round stays chosen', () => {
  it('from a pair page back to the choice of parties', async () => {
    const round = 'kyiv-2025-05-10';
    const html = await (
      await fetch(`${BASE_URL}/istanbul-2025/compare/ukraine/russia?round=${round}`)
    ).text();
    expect(html).toContain(`href="/istanbul-2025/compare?round=${round}"`);
    expect(html).toContain(`href="/istanbul-2025/compare/russia/ukraine?round=${round}"`);
  });
});
