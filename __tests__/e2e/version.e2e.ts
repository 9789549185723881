import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT } from '../cli/run';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { withoutUnlandedPrefetches } from './support/routes';
import { BASE_URL, serverDataDir } from './support/server';

// A workspace dataset with three revisions (the bundled dataset imported with the real CLI, then
// one position recoded and the title changed), read at each version through the server.

const ID = 'ws-versions';
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
let browser: Browser;
let seeded: {
  party: string;
  issue: string;
  round: string;
  before: number;
  after: number;
  title: string;
};

function run(args: string[]) {
  // The server's own workspace folder, beside its data folder (see support/server.ts).
  const env = {
    ...process.env,
    WORKSPACE_DIR: path.join(path.dirname(serverDataDir()), 'workspace'),
  };
  const result = spawnSync(TSX, args, { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

beforeAll(async () => {
  // Both run before any request opens the workspace in the server (the suite runs one file at a time).
  run([
    path.join(ROOT, 'scripts', 'workspace.ts'),
    'import',
    path.join(ROOT, 'data', 'istanbul-2025'),
    '--id',
    ID,
  ]);
  seeded = JSON.parse(
    run([path.join(__dirname, 'support', 'seedRevisions.ts'), ID]),
  ) as typeof seeded;
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

/** The value column of the seeded cell's row in a matrix CSV (its columns start round,party,issue,status,value). */
const csvValue = (csv: string) =>
  csv
    .split('\r\n')
    .map((line) => line.split(','))
    .find(
      ([round, party, issue]) =>
        round === seeded.round && party === seeded.party && issue === seeded.issue,
    )?.[4];

describe('?version= on a workspace dataset', () => {
  it('shows revision 2 with the old-version notice, and keeps the version on its links, axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    const res = await page.goto(`${BASE_URL}/${ID}/matrix?version=2`);
    expect(res?.status()).toBe(200);
    const notice = page.getByRole('note', { name: 'Old version' });
    await expect(notice.innerText()).resolves.toMatch(
      /Old version: revision 2 \(r2-[0-9a-f]{8}\)\s+Saved .* by Ben Reviewer \("Recoded after a second reading"\)/,
    );
    await expect(notice.innerText()).resolves.toMatch(/the latest version is r3-[0-9a-f]{8}/);
    // The title as it stood then: the rename came in revision 3.
    await expect(page.locator('.dataset-nav-title').innerText()).resolves.toBe(seeded.title);
    await expect(page.locator('.site-footer').innerText()).resolves.toMatch(
      /version r2-[0-9a-f]{8} \(old/,
    );
    const overview = await page.getByRole('link', { name: 'Overview' }).getAttribute('href');
    expect(overview).toMatch(/^\/ws-versions\?version=r2-[0-9a-f]{8}$/);
    await expect(
      page.locator('form input[name="version"]').first().getAttribute('value'),
    ).resolves.toBe('2');
    await screenshot(page, 'version-old-matrix');
    expect(await seriousViolations(page)).toEqual([]);
    expect(withoutUnlandedPrefetches(errors)).toEqual([]);
    await context.close();
  });

  it('has no notice on the latest version, which carries the new title', async () => {
    const html = await (await fetch(`${BASE_URL}/${ID}/matrix`)).text();
    expect(html).not.toContain('Old version');
    expect(html).toContain(`${seeded.title} (team copy)`);
  });

  it('exports each version as it was: the recoded value before and after', async () => {
    const old = await fetch(`${BASE_URL}/${ID}/matrix.csv?version=1&round=${seeded.round}`);
    expect(old.status).toBe(200);
    const now = await fetch(`${BASE_URL}/${ID}/matrix.csv?round=${seeded.round}`);
    const [oldRow, newRow] = [csvValue(await old.text()), csvValue(await now.text())];
    expect(oldRow).toBe(String(seeded.before));
    expect(newRow).toBe(String(seeded.after));
    const api = (await (await fetch(`${BASE_URL}/api/datasets/${ID}?version=1`)).json()) as {
      version: { label: string } | string;
    };
    expect(JSON.stringify(api.version)).toMatch(/r1-[0-9a-f]{8}/);
  });

  it('explains a version the dataset does not have, and refuses it as a download', async () => {
    const html = await (await fetch(`${BASE_URL}/${ID}?version=9`)).text();
    expect(html).toContain('This dataset has no version &quot;9&quot;');
    const csv = await fetch(`${BASE_URL}/${ID}/matrix.csv?version=9`);
    expect(csv.status).toBe(404);
    await expect(csv.text()).resolves.toMatch(/has no version "9"; its latest is r3-/);
    const folder = await (await fetch(`${BASE_URL}/istanbul-2025?version=2`)).text();
    expect(folder).toContain('keeps only its current version');
  });

  it('briefs what changed since revision 1, and stamps every slide of an old version', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`${BASE_URL}/${ID}/brief?since=1&slide=2`);
    const slide = page.locator('article[data-kind="changes"]');
    await expect(slide.locator('h2').innerText()).resolves.toBe('What changed since revision 1');
    const text = await slide.innerText();
    expect(text).toMatch(/Revision 2 · .* · Ben Reviewer: Recoded after a second reading/);
    expect(text).toMatch(
      new RegExp(`Changed position .*: value ${seeded.before}, .* → value ${seeded.after},`),
    );
    expect(text).toMatch(/Revision 3 · .* · Ana Coder: Renamed for the team/);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${BASE_URL}/${ID}/brief?version=2`);
    const stamps = await page.locator('article p', { hasText: /^Old version r2-/ }).count();
    expect(stamps).toBe(await page.locator('article').count());
    expect(stamps).toBeGreaterThan(3);
    await screenshot(page, 'version-old-brief');
    expect(withoutUnlandedPrefetches(errors)).toEqual([]);
    await context.close();
  });
});
