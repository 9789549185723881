import type { Browser } from 'playwright-core';
import { writeDatasetFolder } from '@/lib/data/write';
import type { Position } from '@/lib/model';
import { syntheticDataset } from '@/lib/synthetic';
import { launchBrowser } from './support/browser';
import { BASE_URL, serverDataDir } from './support/server';

/** RIGHT-TO-LEFT OVERRIDE: left open at the end of a title, it reverses what follows in the line. */
const RLO = '\u202E';

/** Two parties 90 points apart on an issue whose title ends in RLO (issue 12, finding 6). */
function hostileDataset() {
  const built = syntheticDataset({ parties: 2, issues: 3, rounds: 1, seed: 6, id: 'bidi-e2e' });
  const { dataset } = built;
  const issue = dataset.issues[0]!;
  issue.title = `Ceasefire${RLO}`;
  const template = dataset.positions.find((p) => p.status !== 'none')!;
  const coded = (party: string, value: number): Position =>
    ({
      ...template,
      party,
      issue: issue.id,
      value,
      label: `At ${value}`,
      acceptable: undefined,
    }) as Position;
  dataset.positions = [
    ...dataset.positions.filter((p) => p.issue !== issue.id),
    coded('party-1', 5),
    coded('party-2', 95),
  ];
  return built;
}

let browser: Browser;
beforeAll(async () => {
  const { dataset, sourceFile, sourceText } = hostileDataset();
  const written = writeDatasetFolder(serverDataDir(), {
    id: dataset.id,
    json: JSON.stringify(dataset),
    sources: new Map([[sourceFile, sourceText]]),
  });
  if (!written.ok) throw new Error(written.message);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('a title ending in U+202E on the compare pair page', () => {
  it('keeps "positions 90 apart" reading left to right after it', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${BASE_URL}/bidi-e2e/compare/party-1/party-2`);
    expect(response?.status()).toBe(200);
    const layout = await page.evaluate(() => {
      const item = [...document.querySelectorAll('li')].find((li) =>
        li.textContent?.includes('positions 90 apart'),
      );
      if (!item) return undefined;
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const at = text.indexOf('positions 90 apart');
        if (at < 0) continue;
        const x = (i: number) => {
          const range = document.createRange();
          range.setStart(node!, i);
          range.setEnd(node!, i + 1);
          return range.getBoundingClientRect().left;
        };
        return {
          isolated: item.querySelector('a bdi')?.textContent,
          first: x(at),
          last: x(at + 'positions 90 apart'.length - 1),
        };
      }
      return undefined;
    });
    // Left to right: the "p" of "positions" stands left of the last "t" of "apart" (reversed, it would not).
    expect(layout!.first).toBeLessThan(layout!.last);
    expect(layout?.isolated).toBe('Ceasefire\u202E');
    await page.close();
  });
});
