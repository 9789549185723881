import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { bundled, MUTATIONS, writeBundle } from '../corpus/mutations';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { rawGet } from './support/http';
import { withoutUnlandedPrefetches } from './support/routes';
import { BASE_URL, serverDataDir } from './support/server';

let browser: Browser;
const written: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  // Every broken dataset of the corpus at once, beside the good ones, while the server runs.
  for (const m of MUTATIONS) {
    written.push(writeBundle(serverDataDir(), `bad-${m.name}`, m.apply(bundled()), m));
  }
});
afterAll(async () => {
  await browser.close();
  for (const dir of written) fs.rmSync(dir, { recursive: true, force: true });
});

describe('with the whole bad-input corpus in the data folder', () => {
  it('lists every broken dataset on / with the path of its first error', async () => {
    const page = await browser.newPage();
    const errors = watchConsole(page);
    const res = await page.goto(`${BASE_URL}/`);
    expect(res?.status()).toBe(200);
    const cards = await page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.card')].map((card) => [
          card.querySelector('h2')?.textContent?.trim() ?? '',
          (card as HTMLElement).innerText,
        ]),
      ),
    );
    for (const m of MUTATIONS) {
      const card = cards[`bad-${m.name}`];
      expect([m.name, card === undefined]).toEqual([m.name, false]);
      const firstProblem = card!.split('\n').find((line) => line.includes(': ')) ?? '';
      expect([m.name, firstProblem.startsWith(`${m.path || '(file)'}: `)]).toEqual([m.name, true]);
      // The card adds the value found after the message, so the pattern's ends are let go.
      const message = m.message.source.replace(/^\^/, '').replace(/\$$/, '');
      expect(firstProblem).toMatch(new RegExp(message));
    }
    await screenshot(page, 'corpus-landing');
    expect(withoutUnlandedPrefetches(errors)).toEqual([]);
    await page.close();
  });

  it('keeps rendering the good datasets', async () => {
    for (const address of ['/istanbul-2025', '/xss-test']) {
      const res = await rawGet(address);
      expect([address, res.status]).toEqual([address, 200]);
    }
    const page = await browser.newPage();
    const errors = watchConsole(page);
    await page.goto(`${BASE_URL}/istanbul-2025`);
    expect(await page.locator('h1').innerText()).toContain('Istanbul');
    expect(withoutUnlandedPrefetches(errors)).toEqual([]);
    await page.close();
  });

  it.each(MUTATIONS.map((m) => [m.name]))('/bad-%s shows its errors, not a crash', async (name) => {
    const res = await rawGet(`/bad-${name}`);
    expect([name, res.status]).toEqual([name, 200]);
    expect(res.body).toContain('this dataset has');
  });

  it('answers fast enough with all of them present (each is cached after the first read)', async () => {
    const started = Date.now();
    for (let i = 0; i < 5; i += 1) expect((await rawGet('/')).status).toBe(200);
    expect((Date.now() - started) / 5).toBeLessThan(2000);
  });
});

test('the corpus folders are gone afterwards', () => {
  // Nothing else to check here: afterAll removes them; this guards against a leftover path bug.
  expect(written.every((dir) => dir.startsWith(path.resolve(serverDataDir())))).toBe(true);
});
