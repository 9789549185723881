import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { writeDatasetFolder } from '@/lib/data/write';
import { syntheticDataset } from '@/lib/synthetic';
import { quoteAnchor } from '@/lib/url/anchors';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { withoutUnlandedPrefetches } from './support/routes';
import { BASE_URL, serverDataDir } from './support/server';

// Issue 18: validators, Cache-Control and the render cache, against the production server.

const PUBLIC = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600';
const OVERVIEW = '/istanbul-2025';

/** A GET with these headers (asking for HTML, as a browser loading a page does), read in full. */
async function get(address: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${BASE_URL}${address}`, {
    headers: { accept: 'text/html', ...headers },
    redirect: 'manual',
  });
  return { status: res.status, headers: res.headers, body: await res.text() };
}

/** Markup without the comments React puts between adjacent text parts. */
const text = (body: string) => body.replace(/<!-- -->/g, '');

/** A tag without the nonce a page's tag carries after a dot. */
const hashOf = (tag: string | null) => tag?.split('.')[0];

/** Every nonce the page's markup carries, and the one its policy names. */
function nonces(page: { headers: Headers; body: string }) {
  const inBody = [...page.body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
  const policy = page.headers.get('content-security-policy') ?? '';
  return { inBody: [...new Set(inBody)], inPolicy: policy.match(/'nonce-([^']+)'/)?.[1] };
}

describe('validators', () => {
  it('answers a current ETag with 304, no body and no rendering', async () => {
    const first = await get(OVERVIEW);
    expect(first.status).toBe(200);
    const tag = first.headers.get('etag');
    // A page's tag names its response's nonce after a dot.
    expect(tag).toMatch(/^W\/"[\w-]+\.[0-9a-f]{32}"$/);
    const again = await get(OVERVIEW, { 'if-none-match': tag! });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.get('etag')).toBe(tag);
    expect(again.headers.get('cache-control')).toBe(PUBLIC);
    // The policy of the copy the browser holds (the stored one is replaced by the 304's).
    expect(nonces(again).inPolicy).toBe(nonces(first).inPolicy);
    // A stale or foreign tag gets the page.
    expect((await get(OVERVIEW, { 'if-none-match': 'W/"stale"' })).status).toBe(200);
  });

  it('gives every view state, and the CSV and API, their own tags', async () => {
    const tags = await Promise.all(
      [
        OVERVIEW,
        `${OVERVIEW}?round=kyiv-2025-05-10`,
        `${OVERVIEW}/matrix`,
        `${OVERVIEW}/matrix?sort=gap`,
        `${OVERVIEW}/matrix.csv`,
        `/api/datasets/istanbul-2025`,
      ].map(async (address) => (await get(address)).headers.get('etag')),
    );
    expect(tags.every((t) => t !== null)).toBe(true);
    expect(new Set(tags.map(hashOf)).size).toBe(tags.length);
    // The same view in another parameter order is the same page and the same tag.
    const a = await get(`${OVERVIEW}/matrix?sort=gap&round=kyiv-2025-05-10`);
    const b = await get(`${OVERVIEW}/matrix?round=kyiv-2025-05-10&sort=gap`);
    expect(hashOf(a.headers.get('etag'))).toBe(hashOf(b.headers.get('etag')));
  });

  it('changes the tag, and the page, on the next request after a new version', async () => {
    const id = 'cache-new-version';
    const dir = path.join(serverDataDir(), id);
    fs.cpSync(path.join(serverDataDir(), 'istanbul-2025'), dir, { recursive: true });
    const file = path.join(dir, 'dataset.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    fs.writeFileSync(file, JSON.stringify({ ...json, id }));
    try {
      // The first request goes to Next, the second is rendered for the cache, the third is served from it.
      const before = await get(`/${id}`);
      expect(before.status).toBe(200);
      expect(before.headers.get('x-render-cache')).toBe('pass');
      expect((await get(`/${id}`)).headers.get('x-render-cache')).toBe('miss');
      const cached = await get(`/${id}`);
      expect(cached.headers.get('x-render-cache')).toBe('hit');
      expect(cached.body).not.toContain('Retitled for the cache test');
      fs.writeFileSync(file, JSON.stringify({ ...json, id, title: 'Retitled for the cache test' }));
      const after = await get(`/${id}`, { 'if-none-match': before.headers.get('etag')! });
      expect(after.status).toBe(200);
      expect(hashOf(after.headers.get('etag'))).not.toBe(hashOf(before.headers.get('etag')));
      expect(after.body).toContain('Retitled for the cache test');
      // Every page lists every dataset: another dataset's page changes its tag too.
      const overview = await get(OVERVIEW, { 'if-none-match': before.headers.get('etag')! });
      expect(overview.status).toBe(200);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('Cache-Control', () => {
  it('is public on read pages, CSVs and the API', async () => {
    for (const address of [
      '/',
      OVERVIEW,
      `${OVERVIEW}/issues/ceasefire`,
      `${OVERVIEW}/matrix.csv`,
      '/api/datasets/istanbul-2025',
    ]) {
      const res = await get(address);
      expect([address, res.status]).toEqual([address, 200]);
      expect([address, res.headers.get('cache-control')]).toEqual([address, PUBLIC]);
    }
  });

  it('is private, no-store, with no validator, for a request with a session', async () => {
    const sessions: Record<string, string>[] = [
      { cookie: 'session=abc' },
      { authorization: 'Bearer abc' },
    ];
    for (const headers of sessions) {
      const res = await get(OVERVIEW, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.headers.get('etag')).toBeNull();
      expect(res.headers.get('x-render-cache')).toBeNull();
    }
  });
});

describe('the render cache', () => {
  it('serves a cached page with a fresh nonce that matches its own policy', async () => {
    const address = `${OVERVIEW}/timeline`;
    // Rendered and streamed by Next, as without the cache: its nonce is its own too.
    const streamed = await get(address);
    expect(streamed.headers.get('x-render-cache')).toBe('pass');
    expect(nonces(streamed).inBody).toEqual([nonces(streamed).inPolicy]);
    const first = await get(address);
    expect(first.headers.get('x-render-cache')).toBe('miss');
    const second = await get(address);
    expect(second.headers.get('x-render-cache')).toBe('hit');
    const a = nonces(first);
    const b = nonces(second);
    for (const n of [a, b]) {
      expect(n.inPolicy).toMatch(/^[0-9a-f]{32}$/);
      expect(n.inBody).toEqual([n.inPolicy]);
    }
    expect(b.inPolicy).not.toBe(a.inPolicy);
    expect(second.body.split(b.inPolicy!).join('')).toBe(first.body.split(a.inPolicy!).join(''));
    // The preload header names the stylesheet with the same nonce.
    const link = second.headers.get('link');
    if (link?.includes('nonce')) expect(link).toContain(b.inPolicy);
  });

  it('never serves HTML to a client navigation, which keeps working (and Back)', async () => {
    const browser: Browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors = watchConsole(page);
      const rsc: { url: string; type: string; etag: string | null }[] = [];
      page.on('response', (res) => {
        const sent = res.request().headers();
        if (sent['rsc'] === '1') {
          rsc.push({
            url: res.url(),
            type: res.headers()['content-type'] ?? '',
            etag: res.headers()['etag'] ?? null,
          });
        }
      });
      // Warm the cache for both pages, so the document loads below come from it.
      for (let i = 0; i < 2; i += 1) {
        await get(OVERVIEW);
        await get(`${OVERVIEW}/matrix`);
      }
      const res = await page.goto(`${BASE_URL}${OVERVIEW}`);
      expect(res?.headers()['x-render-cache']).toBe('hit');
      const nav = page.getByRole('navigation', { name: /sections/ });
      await nav.getByRole('link', { name: 'Matrix', exact: true }).click();
      await page.waitForURL(`${BASE_URL}${OVERVIEW}/matrix`);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(
        'Position matrix',
      );
      await screenshot(page, 'caching-client-navigation');
      await page.goBack();
      await page.waitForURL(`${BASE_URL}${OVERVIEW}`);
      await page
        .getByRole('heading', { name: /points of disagreement/i })
        .first()
        .waitFor();
      // A reload revalidates the browser's copy (304): its scripts still run under its own policy.
      await page.reload();
      await page
        .getByRole('heading', { name: /points of disagreement/i })
        .first()
        .waitFor();
      await page
        .getByRole('navigation', { name: /sections/ })
        .getByRole('link', { name: 'Issues', exact: true })
        .click();
      await page.waitForURL(`${BASE_URL}${OVERVIEW}/issues`);
      expect(rsc.length).toBeGreaterThan(0);
      for (const r of rsc) expect([r.url, r.type]).toEqual([r.url, 'text/x-component']);
      const html = (await get(`${OVERVIEW}/matrix`)).headers.get('etag');
      for (const r of rsc) expect(r.etag).not.toBe(html);
      expect(withoutUnlandedPrefetches(errors)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('the big pages, bounded', () => {
  // 32 parties × 4 issues × 3 rounds: about 250 quoted passages of one source, 3 pages of them.
  const big = syntheticDataset({ id: 'cache-bounded', parties: 32, issues: 4, rounds: 3, seed: 3 });
  const source = `/${big.dataset.id}/sources/generated`;
  beforeAll(() => {
    const written = writeDatasetFolder(serverDataDir(), {
      id: big.dataset.id,
      json: JSON.stringify(big.dataset),
      sources: new Map([[big.sourceFile, big.sourceText]]),
    });
    if (!written.ok) throw new Error(written.message);
  });
  afterAll(() =>
    fs.rmSync(path.join(serverDataDir(), big.dataset.id), { recursive: true, force: true }),
  );

  it('pages a source’s passages, and a passage’s link opens the page that holds it', async () => {
    const first = await get(source);
    expect(first.status).toBe(200);
    expect(text(first.body)).toMatch(/Passages 1–100 of [\d,]+ quoted passages, page 1 of 3/);
    expect(first.body).toContain(`href="${source}?page=2"`);
    const quotes = big.dataset.positions.flatMap((p) => p.evidence ?? []).map((e) => e.quote);
    const late = quotes[quotes.length - 1]!;
    const anchor = quoteAnchor('generated', late);
    expect(first.body).not.toContain(`id="${anchor}"`);
    const held = await get(`${source}?passage=${anchor}`);
    expect(held.body).toContain(`id="${anchor}"`);
    expect(text(held.body)).toMatch(/page 3 of 3/);
  });

  it('draws the 30 parties most in disagreement on the overview’s heatmap, and the CSV has all', async () => {
    const overview = await get(`/${big.dataset.id}`);
    expect(text(overview.body)).toContain('Drawn: the 30 of 32 parties most in disagreement');
    const csv = await get(`/${big.dataset.id}/chart.csv?chart=alignment`);
    expect(csv.status).toBe(200);
    // One row per pair of the 32 parties, and a header.
    expect(csv.body.trim().split('\n').length).toBeGreaterThanOrEqual((32 * 31) / 2 + 1);
  });
});
