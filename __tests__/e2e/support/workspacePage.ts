import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import { screenshot } from './browser';

/**
 * axe finds nothing serious on the page, and it is drawn at desktop and phone widths (saved as
 * `<name>-1440` and `<name>-390`); with `fitsPhone`, nothing on it is wider than the phone's
 * screen (wide tables scroll in their own box). The viewport is left at 1280×800.
 */
export async function checkPage(
  page: Page,
  name: string,
  { fitsPhone = false }: { fitsPhone?: boolean } = {},
): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await screenshot(page, `${name}-${width}`);
    if (!fitsPhone) continue;
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Presses Tab until the element has the focus (it is in the tab order), failing after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached with Tab in ${max} presses: ${String(target)}`);
}
