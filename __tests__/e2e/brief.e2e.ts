import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { writeDatasetFolder } from '@/lib/data/write';
import { syntheticDataset } from '@/lib/synthetic';
import { ARTIFACTS_DIR, BASE_URL, serverDataDir } from './support/server';

const DECK = `${BASE_URL}/istanbul-2025/brief`;
const SLOT = '[aria-roledescription="slide"]';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function openDeck(url: string, size = { width: 1280, height: 720 }): Promise<Page> {
  const page = await browser.newPage({ viewport: size });
  await page.goto(url);
  await page.waitForSelector('[data-ready="true"]');
  return page;
}

/** The number shown in "3 / 28" and the total. */
async function counter(page: Page): Promise<[number, number]> {
  const text = await page.locator('nav[aria-label="Slide controls"] [aria-live]').innerText();
  const [at, total] = text.split('/').map((s) => Number(s.trim()));
  return [at ?? NaN, total ?? NaN];
}

async function visibleHeading(page: Page): Promise<string> {
  return page.locator(`${SLOT}:not([hidden]) article :is(h1, h2)`).innerText();
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

describe('briefing deck', () => {
  it('moves between slides with the keys and keeps the slide in the URL', async () => {
    const page = await openDeck(DECK);
    const errors = watchConsole(page);
    const slides = await page.locator(SLOT).count();
    expect(slides).toBeGreaterThan(10);
    expect(await counter(page)).toEqual([1, slides]);
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);

    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toEqual([2, slides]);
    expect(await visibleHeading(page)).toBe('Where they stand');
    expect(new URL(page.url()).searchParams.get('slide')).toBe('2');
    await page.keyboard.press('Space');
    await page.keyboard.press('PageDown');
    expect((await counter(page))[0]).toBe(4);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('PageUp');
    expect((await counter(page))[0]).toBe(2);
    await page.keyboard.press('End');
    expect((await counter(page))[0]).toBe(slides);
    expect(await visibleHeading(page)).toBe('Method and sources');
    await page.keyboard.press('ArrowRight');
    expect((await counter(page))[0]).toBe(slides);
    await page.keyboard.press('Home');
    expect((await counter(page))[0]).toBe(1);
    expect(new URL(page.url()).searchParams.has('slide')).toBe(false);

    await page.getByRole('link', { name: 'Next →' }).click();
    expect((await counter(page))[0]).toBe(2);
    await page.keyboard.press('n');
    await expect(
      page.locator(`${SLOT}:not([hidden]) aside[aria-label="Speaker notes"]`).isVisible(),
    ).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a deep link on its slide, also in the server HTML', async () => {
    const page = await openDeck(`${DECK}?slide=3`);
    expect((await counter(page))[0]).toBe(3);
    const third = await page.locator(`${SLOT} >> nth=2`).locator('article :is(h1, h2)').innerText();
    expect(await visibleHeading(page)).toBe(third);
    await page.close();

    const html = await (await fetch(`${DECK}?slide=3`)).text();
    const slots = html.match(/<div[^>]*aria-roledescription="slide"[^>]*>/g) ?? [];
    expect(slots.filter((tag) => !/\shidden/.test(tag))).toHaveLength(1);
    expect(slots.findIndex((tag) => !/\shidden/.test(tag))).toBe(2);
  });

  it('fits every slide in its 16:9 box at 1280x720 and 1920x1080', async () => {
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await openDeck(DECK, size);
      const slides = await page.locator(SLOT).count();
      for (let i = 1; i <= slides; i++) {
        const body = page.locator(`${SLOT}:not([hidden]) [data-slide-body]`);
        const { scroll, client } = await body.evaluate((el) => ({
          scroll: el.scrollHeight,
          client: el.clientHeight,
        }));
        const where = `slide ${i} at ${size.width}x${size.height}: ${await visibleHeading(page)}`;
        expect(
          `${where} ${scroll <= client + 1 ? 'fits' : `overflows ${scroll} > ${client}`}`,
        ).toBe(`${where} fits`);
        if (i === 2 || i === 8) await screenshot(page, `brief-${size.width}-slide-${i}`);
        await page.keyboard.press('ArrowRight');
      }
      await page.close();
    }
  });

  it('fits every slide of a large generated dataset, long names and continued slides included', async () => {
    const { dataset, sourceFile, sourceText } = syntheticDataset({
      parties: 14,
      issues: 30,
      rounds: 2,
      id: 'brief-large',
    });
    const written = writeDatasetFolder(serverDataDir(), {
      id: dataset.id,
      json: JSON.stringify(dataset),
      sources: new Map([[sourceFile, sourceText]]),
    });
    expect(written.ok).toBe(true);
    const page = await openDeck(`${BASE_URL}/brief-large/brief`);
    expect(await page.locator(SLOT).first().innerText()).toMatch(
      /10 of 14 parties on 20 of 30 issues/,
    );
    const headings = await page.locator(`${SLOT} article :is(h1, h2)`).allInnerTexts();
    expect(headings.filter((h) => h.endsWith('(continued)')).length).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    const overflowing = await page
      .locator('[data-slide-body]')
      .evaluateAll((bodies) =>
        bodies.flatMap((el, i) => (el.scrollHeight > el.clientHeight + 1 ? [i + 1] : [])),
      );
    expect(overflowing.map((i) => `${i}: ${headings[i - 1]}`)).toEqual([]);
    await page.close();
  });

  it('prints one 16:9 page per slide, with the footer on each', async () => {
    const page = await openDeck(`${DECK}?theme=contrast`);
    const slides = await page.locator(SLOT).count();
    await page.emulateMedia({ media: 'print' });
    const overflowing = await page
      .locator('[data-slide-body]')
      .evaluateAll((bodies) =>
        bodies.flatMap((el, i) => (el.scrollHeight > el.clientHeight + 1 ? [i + 1] : [])),
      );
    expect(overflowing).toEqual([]);
    await expect(page.locator('nav[aria-label="Slide controls"]').isVisible()).resolves.toBe(false);
    fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
    const file = path.join(ARTIFACTS_DIR, 'brief.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    expect(pdfPageCount(file)).toBe(slides);
    const footers = await page.locator('article footer').allInnerTexts();
    expect(footers).toHaveLength(slides);
    for (const footer of footers) expect(footer).toMatch(/Data as of 19 May 2025 · version \w+/);
    await page.close();
  });
});
