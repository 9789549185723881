import type { Browser, Page } from 'playwright-core';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { BASE_URL } from './support/server';

// The matrix and the briefing with the keyboard alone: no click anywhere in this file.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Focused {
  tag: string;
  text: string;
  href: string;
  label: string;
  /** Whether the browser draws a focus indicator (outline or ring). */
  visible: boolean;
}

const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : undefined;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      text: (el?.innerText ?? '').trim(),
      href: el?.getAttribute('href') ?? '',
      label: el?.getAttribute('aria-label') ?? (el?.closest('label')?.innerText ?? '').trim(),
      visible:
        !!style &&
        ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
          style.boxShadow !== 'none'),
    };
  });

/** Presses Tab until the focused element matches, at most `max` times; returns it. */
async function tabTo(page: Page, what: string, match: (f: Focused) => boolean, max = 120) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (match(f)) {
      expect([what, 'focus visible', f.visible]).toEqual([what, 'focus visible', true]);
      return f;
    }
  }
  throw new Error(`Tab never reached ${what} in ${max} presses`);
}

describe('the matrix by keyboard alone', () => {
  it('skips to the content, searches, sorts and opens a cell', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchConsole(page);
    await page.goto(`${BASE_URL}/istanbul-2025/matrix`);

    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Skip to content');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#main$/);

    await tabTo(page, 'the search box', (f) => f.tag === 'input' && /Find issues/.test(f.label));
    await page.keyboard.type('ceasefire');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=ceasefire/);

    await tabTo(page, 'the Title sort link', (f) => f.tag === 'a' && f.text === 'Title');
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=title/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('ceasefire');

    const cell = await tabTo(page, 'a cell', (f) =>
      /^\/istanbul-2025\/matrix\/[^/]+\/[^/]+$/.test(f.href),
    );
    await screenshot(page, 'keyboard-matrix-cell-focused');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${BASE_URL}${cell.href}`);
    await expect(page.locator('h1').innerText()).resolves.not.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('chooses parties with Space and Enter in the party picker', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(`${BASE_URL}/istanbul-2025/matrix`);
    await tabTo(page, 'the party picker', (f) => f.tag === 'summary' && /^Parties/.test(f.text));
    await page.keyboard.press('Enter'); // opens the details
    for (const party of ['United States', 'European Four (E4)', 'Türkiye']) {
      await tabTo(page, party, (f) => f.tag === 'input' && f.label.includes(party));
      await page.keyboard.press('Space');
    }
    await tabTo(
      page,
      'the submit button',
      (f) => f.tag === 'button' && /ticked parties/.test(f.text),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(/parties=ukraine%2Crussia|parties=ukraine,russia/);
    await page.close();
  });
});

describe('the briefing by keyboard alone', () => {
  it('moves with the arrow keys and with Tab + Enter on its controls', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchConsole(page);
    await page.goto(`${BASE_URL}/istanbul-2025/brief`);
    await page.waitForSelector('[data-ready="true"]');
    const counter = () => page.locator('nav[aria-label="Slide controls"] [aria-live]').innerText();
    await page.keyboard.press('ArrowRight');
    await expect(counter()).resolves.toMatch(/^2 \//);
    await tabTo(page, 'the Next control', (f) => /^Next/.test(f.text));
    await page.keyboard.press('Enter');
    await expect(counter()).resolves.toMatch(/^3 \//);
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).text).toMatch(/Previous/);
    await page.keyboard.press('Enter');
    await expect(counter()).resolves.toMatch(/^2 \//);
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await expect(counter()).resolves.toMatch(/^1 \//);
    await screenshot(page, 'keyboard-brief');
    expect(errors).toEqual([]);
    await page.close();
  });
});
