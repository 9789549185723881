import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { scaffoldDataset } from '@/lib/data/scaffold';
import { writeDatasetFolder } from '@/lib/data/write';
import { syntheticDataset } from '@/lib/synthetic';
import { seriousViolations } from './support/axe';
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
  /**
   * Read hidden text too: the deck renders every slide and shows one at a time; the matrix
   * names every party in full in its party picker (closed until opened), its headers use short names.
   */
  readHidden?: boolean;
}[] = [
  { path: '', file: 'page.tsx' },
  { path: 'matrix', file: 'matrix/page.tsx', readHidden: true },
  { path: 'issues', file: 'issues/page.tsx' },
  { path: `issues/${firstIssue}`, file: 'issues/[issue]/page.tsx' },
  { path: 'compare', file: 'compare/page.tsx' },
  // A head-to-head page is about its two parties.
  { path: `compare/${a?.id}/${b?.id}`, file: 'compare/[a]/[b]/page.tsx', pair: true },
  { path: 'charts', file: 'charts/page.tsx' },
  { path: 'timeline', file: 'timeline/page.tsx' },
  // The list of sources names documents, not parties; the source's own page cites every party.
  { path: 'sources', file: 'sources/page.tsx', noNames: true },
  // Paged at 100 passages (issue 18): page 1 quotes the first parties only.
  { path: 'sources/generated', file: 'sources/[source]/page.tsx', noNames: true },
  // The method page explains the coding; it is about no party.
  { path: 'method', file: 'method/page.tsx', noNames: true },
  {
    path: 'brief',
    file: 'brief/page.tsx',
    query: `?parties=${big.parties.map((p) => p.id).join(',')}`,
    readHidden: true,
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
        route.readHidden
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

describe(`the matrix of ${big.issues.length} issues, in pages`, () => {
  const matrix = `${BASE_URL}/${big.id}/matrix`;
  const rowTitles = (page: import('playwright-core').Page) =>
    page.locator('tbody th[scope="row"] > a').allInnerTexts();

  it('shows 50 issues a page, pages by link, and keeps every issue in the CSV', async () => {
    const page = await browser.newPage();
    await page.goto(matrix, { waitUntil: 'domcontentloaded' });
    const first = await rowTitles(page);
    expect(first).toHaveLength(50);
    await expect(page.locator('main').innerText()).resolves.toContain(
      'issues 1–50 shown (page 1 of 3)',
    );
    await page
      .getByRole('navigation', { name: /above the table/ })
      .getByRole('link', { name: /Next/ })
      .click();
    await page.waitForURL(`${matrix}?page=2`);
    const second = await rowTitles(page);
    expect(second).toHaveLength(50);
    expect(second.filter((t) => first.includes(t))).toEqual([]);
    await page
      .getByRole('navigation', { name: /below the table/ })
      .getByRole('link', { name: 'Page 3' })
      .click();
    await page.waitForURL(`${matrix}?page=3`);
    const third = await rowTitles(page);
    expect(third).toHaveLength(20);
    expect(new Set([...first, ...second, ...third]).size).toBe(120);
    await screenshot(page, 'byo-matrix-page-3');

    const csv = await (await fetch(`${matrix}.csv`)).text();
    for (const issue of big.issues) expect(csv).toContain(issue.id);
    await page.close();
  });

  it('changes the page size by form, starting again on page 1; the pager passes axe', async () => {
    // axe-core needs a page from an explicit context.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${matrix}?page=2`, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Issues per page').selectOption('25');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(`${matrix}?rows=25`);
    expect(await rowTitles(page)).toHaveLength(25);
    await page.getByRole('link', { name: 'Title', exact: true }).click();
    await page.waitForURL(`${matrix}?sort=title&rows=25`);
    expect(await rowTitles(page)).toHaveLength(25);
    await expect(page.getByRole('navigation', { name: /Matrix pages/ }).count()).resolves.toBe(2);
    await expect(page.locator('nav [aria-current="page"]').allInnerTexts()).resolves.toEqual([
      '1',
      '1',
    ]);
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows the last page, with a note, for a page that does not exist', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${matrix}?page=99`, { waitUntil: 'domcontentloaded' });
    expect(res?.status()).toBe(200);
    await expect(page.locator('main').innerText()).resolves.toContain(
      'There is no page 99; showing the last page, 3.',
    );
    expect(await rowTitles(page)).toHaveLength(20);
    await page.close();
  });

  it('leads back from a cell on a later page to that page', async () => {
    const page = await browser.newPage();
    await page.goto(`${matrix}?page=3`, { waitUntil: 'domcontentloaded' });
    const cell = page.locator('tbody td').first();
    const anchor = await cell.getAttribute('id');
    await cell.locator('a').first().click();
    await page.waitForURL(/\/matrix\/[^/]+\/[^/?]+$/);
    await page.getByRole('link', { name: '← Back to the matrix' }).click();
    await page.waitForURL(`${matrix}?page=3#${anchor}`);
    await expect(page.locator(`#${anchor}`).count()).resolves.toBe(1);
    await page.close();
  });
});
