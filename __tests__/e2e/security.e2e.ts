import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { MAX_FILE_BYTES } from '@/lib/data/limits';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { rawGet } from './support/http';
import { hasLanded, landedRoutes, ROUTES, withoutUnlandedPrefetches } from './support/routes';
import { BASE_URL, serverDataDir } from './support/server';

const REQUIRED = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
];

function expectSecurityHeaders(headers: Record<string, unknown>, where: string) {
  for (const name of REQUIRED) {
    expect([where, name, typeof headers[name]]).toEqual([where, name, 'string']);
  }
  const csp = String(headers['content-security-policy']);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain("'unsafe-eval'");
  expect(headers['x-content-type-options']).toBe('nosniff');
}

test('every route of the app is in this checkout, so no page is skipped quietly', () => {
  expect(ROUTES.filter((r) => !hasLanded(r)).map((r) => r.file)).toEqual([]);
});

describe('response headers', () => {
  const addresses = [
    ...landedRoutes().map((r) => r.bundled),
    '/istanbul-2025/no-such-page',
    '/no-such-dataset',
    '/a/b/c/d',
    '/icon.svg',
  ];

  it.each(addresses)('%s sends the security headers', async (address) => {
    const res = await rawGet(address);
    expect(res.status).toBeLessThan(500);
    expectSecurityHeaders(res.headers, address);
  });

  it('sends them with static scripts too', async () => {
    const html = (await rawGet('/floor')).body;
    const script = /<script src="([^"]+)"/.exec(html)?.[1];
    expect(script).toMatch(/^\/_next\/static\//);
    expectSecurityHeaders((await rawGet(script!)).headers, script!);
  });

  it.each(landedRoutes('page').map((r) => r.bundled))(
    '%s allows only scripts carrying the request nonce',
    async (address) => {
      const res = await rawGet(address);
      const csp = String(res.headers['content-security-policy']);
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce).toBeDefined();
      expect(csp).toContain("'strict-dynamic'");
      expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      const scripts = res.body.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      // A fresh nonce on every request.
      const again = String((await rawGet(address)).headers['content-security-policy']);
      expect(again).not.toContain(nonce!);
    },
  );
});

describe('route parameters', () => {
  const MARKER = 'SECRET-OUTSIDE-DATA-ROOT';
  let secretDir: string;
  beforeAll(() => {
    // A readable dataset right beside the data root: no address may reach it.
    secretDir = path.join(
      path.dirname(serverDataDir()),
      `${path.basename(serverDataDir())}-secret`,
    );
    fs.mkdirSync(path.join(secretDir, 'sources'), { recursive: true });
    fs.writeFileSync(
      path.join(secretDir, 'dataset.json'),
      JSON.stringify({ id: 'secret', title: MARKER, summary: MARKER }),
    );
  });
  afterAll(() => fs.rmSync(secretDir, { recursive: true, force: true }));

  const secret = () => path.basename(secretDir);
  const attempts: [string, () => string][] = [
    ['../ sibling', () => `/../${secret()}`],
    ['%2e%2e', () => `/%2e%2e/${secret()}`],
    ['%2E%2E upper case', () => `/%2E%2E/${secret()}`],
    ['encoded slash', () => `/..%2F${secret()}`],
    ['encoded slash upper case', () => `/..%2f${secret()}/matrix`],
    ['double-encoded', () => `/%252e%252e%252f${secret()}`],
    ['backslash', () => `/..%5C${secret()}`],
    ['dataset then ..', () => `/istanbul-2025%2F..%2F..%2F${secret()}`],
    ['nested ..', () => `/istanbul-2025/..%2F..%2F${secret()}`],
    ['null byte', () => '/istanbul-2025%00'],
    ['very long id', () => `/${'a'.repeat(5000)}`],
    ['id one over the limit', () => `/${'a'.repeat(65)}`],
    ['upper-case id', () => '/Istanbul-2025'],
    ['absolute path', () => '/%2Fetc%2Fpasswd'],
    ['reserved id', () => '/api'],
  ];

  it.each(attempts)('%s gives 404 and reads nothing outside data/', async (_name, address) => {
    const res = await rawGet(address());
    expect([address(), res.status]).toEqual([address(), expect.any(Number)]);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain(MARKER);
    expect(res.body).not.toContain('root:x:0');
  });

  it('plain .. segments are resolved before routing and never leave the site', async () => {
    expect((await rawGet('/..')).status).toBe(200); // the landing page
    const res = await rawGet(`/istanbul-2025/../../${secret()}`);
    expect(res.body).not.toContain(MARKER);
    expect(res.status).toBe(404);
  });
});

describe('size limit', () => {
  it(`refuses a dataset file over ${MAX_FILE_BYTES / 1024 / 1024} MB with a clear message on /`, async () => {
    const dir = path.join(serverDataDir(), 'huge-dataset');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, 'dataset.json');
    fs.writeFileSync(file, '{}');
    fs.truncateSync(file, MAX_FILE_BYTES + 1024 * 1024);
    try {
      const landing = await rawGet('/');
      expect(landing.status).toBe(200);
      expect(landing.body).toContain('huge-dataset');
      expect(landing.body).toContain(
        'dataset.json is 26.0 MB, over the 25 MB limit for a dataset file',
      );
      const own = await rawGet('/huge-dataset');
      expect(own.body).toContain('over the 25 MB limit');
      expect((await rawGet('/istanbul-2025')).status).toBe(200);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('dataset text is never markup', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  const hostile = [
    { name: 'landing', address: '/' },
    ...landedRoutes('page')
      .filter((r) => r.hostile)
      .map((r) => ({ name: r.name, address: r.hostile! })),
  ];

  it.each(hostile)('$address shows the hostile text as text', async ({ name, address }) => {
    const page = await browser.newPage();
    const errors = watchConsole(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const res = await page.goto(`${BASE_URL}${address}`);
    expect(res?.status()).toBe(200);
    await page.waitForTimeout(500); // let hydration and any injected handler run
    const found = await page.evaluate(() => ({
      xss: (window as unknown as { __xss?: string }).__xss,
      text: document.body.innerText,
      injected: document.querySelectorAll(
        'main img[src="x"], main svg[onload], main iframe, main b[onmouseover], main script',
      ).length,
      hrefs: [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? ''),
    }));
    expect(dialogs).toEqual([]);
    expect(found.xss).toBeUndefined();
    expect(found.injected).toBe(0);
    if (address === '/') {
      expect(found.text).toContain("javascript:alert('bad-url')");
    } else {
      expect(found.text).toMatch(/<script>|<img src=x|javascript:alert/);
    }
    for (const href of found.hrefs) {
      expect([href, /^(https?:\/\/|\/(?!\/)|#|\?)/.test(href)]).toEqual([href, true]);
    }
    await screenshot(page, `security-xss-${name}`);
    expect(withoutUnlandedPrefetches(errors)).toEqual([]);
    await page.close();
  });
});
