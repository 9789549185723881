import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { scaffoldDataset } from '@/lib/data/scaffold';
import { writeDatasetFolder } from '@/lib/data/write';
import { syntheticDataset } from '@/lib/synthetic';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { ARTIFACTS_DIR, BASE_URL, serverDataDir } from './support/server';

const APP = path.resolve(__dirname, '../../app/[dataset]');
const {
  dataset: big,
  sourceFile,
  sourceText,
} = syntheticDataset({
  parties: 20,
  issues: 120,
  seed: 20,
});
const firstIssue = big.issues[0]?.id ?? '';
const [a, b] = big.parties;

/** Every dataset page, with the file that implements it (pages still being built are skipped). */
const ROUTES: {
  path: string;
  file: string;
  ids?: boolean;
  pair?: boolean;
  noNames?: boolean;
  /** A query to add: the briefing shows the first 10 parties unless the URL names them. */
  query?: string;
  /** Read hidden text too: the deck renders every slide and shows one at a time. */
  allSlides?: boolean;
}[] = [
  { path: '', file: 'page.tsx' },
  { path: 'matrix', file: 'matrix/page.tsx' },
  { path: 'issues', file: 'issues/page.tsx' },
  { path: `issues/${firstIssue}`, file: 'issues/[issue]/page.tsx' },
  { path: 'compare', file: 'compare/page.tsx' },
  // A head-to-head page is about its two parties.
  { path: `compare/${a?.id}/${b?.id}`, file: 'compare/[a]/[b]/page.tsx', pair: true },
  { path: 'charts', file: 'charts/page.tsx' },
  { path: 'timeline', file: 'timeline/page.tsx' },
  { path: 'sources', file: 'sources/page.tsx' },
  // The method page explains the coding; it is about no party.
  { path: 'method', file: 'method/page.tsx', noNames: true },
  {
    path: 'brief',
    file: 'brief/page.tsx',
    query: `?parties=${big.parties.map((p) => p.id).join(',')}`,
    allSlides: true,
  },
  // The CSV names parties by id.
  { path: 'matrix.csv', file: 'matrix.csv/route.ts', ids: true },
];
const present = ROUTES.filter((r) => fs.existsSync(path.join(APP, r.file)));
const missing = ROUTES.filter((r) => !present.includes(r));

let browser: Browser;
beforeAll(async () => {
  const written = writeDatasetFolder(serverDataDir(), {
    id: big.id,
    json: JSON.stringify(big),
    sources: new Map([[sourceFile, sourceText]]),
  });
  if (!written.ok) throw new Error(written.message);
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true });
  browser = await launchBrowser();
  if (missing.length) console.warn(`pages not built yet: ${missing.map((r) => r.path).join(', ')}`);
});
afterAll(async () => {
  await browser.close();
});

describe('a dataset added while the server runs', () => {
  const id = 'added-while-running';
  afterAll(() => fs.rmSync(path.join(serverDataDir(), id), { recursive: true, force: true }));

  it('appears on the next request, and an edit shows on the one after', async () => {
    const before = await (await fetch(`${BASE_URL}/`)).text();
    expect(before).not.toContain(id);
    const scaffold = scaffoldDataset(id, '2026-01-15');
    const title = 'Added while running (test)';
    const json = (t: string) => JSON.stringify({ ...scaffold.dataset, title: t });
    writeDatasetFolder(serverDataDir(), { id, json: json(title), sources: scaffold.sources });
    expect(await (await fetch(`${BASE_URL}/`)).text()).toContain(title);
    const page = await fetch(`${BASE_URL}/${id}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Party A');
    fs.writeFileSync(path.join(serverDataDir(), id, 'dataset.json'), json('Edited title (test)'));
    expect(await (await fetch(`${BASE_URL}/${id}`)).text()).toContain('Edited title (test)');
  });
});

describe(`a generated dataset of ${big.parties.length} parties × ${big.issues.length} issues`, () => {
  it('is in the header switcher and on the landing page', async () => {
    const page = await browser.newPage();
    await page.goto(`${BASE_URL}/`);
    await page.locator('header summary').click();
    await expect(
      page.locator('header').getByRole('link', { name: big.title }).count(),
    ).resolves.toBe(1);
    await screenshot(page, 'byo-switcher');
    await page.close();
  });

  it.each(present.map((r) => [r.path || '(overview)', r] as const))(
    '%s answers 200 and shows every party it is about',
    async (_, route) => {
      const url = `${BASE_URL}/${big.id}${route.path ? `/${route.path}` : ''}${route.query ?? ''}`;
      if (route.ids) {
        const res = await fetch(url);
        expect(res.status).toBe(200);
        const text = await res.text();
        for (const party of big.parties) expect(text).toContain(party.id);
        return;
      }
      const page = await browser.newPage();
      const errors = watchConsole(page);
      // Some pages are megabytes at this size: allow time, and do not wait for every image.
      const res = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120000 });
      expect(res?.status()).toBe(200);
      // Visible text, plus the choices of any party picker (option labels are not in innerText).
      const text = [
        route.allSlides
          ? ((await page.locator('main').textContent()) ?? '')
          : await page.locator('main').innerText(),
        ...(await page.locator('main option').allTextContents()),
      ].join('\n');
      const expected = route.noNames
        ? []
        : route.pair
          ? [a, b].flatMap((p) => (p ? [p] : []))
          : big.parties;
      const absent = expected.filter((p) => !text.includes(p.name)).map((p) => p.name);
      expect(absent).toEqual([]);
      await page.screenshot({
        path: path.join(
          ARTIFACTS_DIR,
          `byo-${route.path.replace(/[^a-z0-9]+/gi, '-') || 'overview'}.png`,
        ),
        timeout: 60000,
      });
      // Links in the section menu to pages not built yet are prefetched and 404: not this page's fault.
      const unbuilt = (e: string) => missing.some((r) => e.includes(`/${big.id}/${r.path}?_rsc=`));
      expect(
        errors.filter((e) => !unbuilt(e) && !/Failed to load resource: .* 404/.test(e)),
      ).toEqual([]);
      await page.close();
    },
  );
});
