import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT, runScript } from '../cli/run';
import { seriousViolations } from './support/axe';
import { launchBrowser, screenshot, watchConsole } from './support/browser';
import { withoutUnlandedPrefetches } from './support/routes';
import { BASE_URL, serverDataDir } from './support/server';

// The changes page of folder datasets: the bundled one has no CHANGES.md; one imported with the
// real CLI and then updated in place with --into has one entry, shown as text and as CSV.

const EXAMPLE = path.join(ROOT, 'docs', 'examples', 'northport-talks');
const ID = 'changes-e2e';

let browser: Browser;
let workDir: string;
beforeAll(async () => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'changes-e2e-'));
  const tables = ['parties', 'issues', 'rounds', 'sources'].flatMap((f) => [
    `--${f}`,
    path.join(EXAMPLE, `${f}.csv`),
  ]);
  const first = runScript(
    'import',
    [
      path.join(EXAMPLE, 'positions.csv'),
      '--id',
      ID,
      '--title',
      'Northport (changes test)',
      '--summary',
      'A made-up negotiation.',
      ...tables,
      '--sources-dir',
      path.join(EXAMPLE, 'sources'),
    ],
    serverDataDir(),
    workDir,
  );
  expect(first.err).toBe('');
  // Southland's round 1 tariffs value moves from 40 to 45.
  const positions = fs
    .readFileSync(path.join(EXAMPLE, 'positions.csv'), 'utf8')
    .replace('Round 1,Southland,tariffs,stated,40,', 'Round 1,Southland,tariffs,stated,45,');
  fs.writeFileSync(path.join(workDir, 'positions.csv'), positions);
  const update = runScript('import', ['positions.csv', '--into', ID], serverDataDir(), workDir);
  expect(update.err).toBe('');
  expect(update.status).toBe(0);
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  fs.rmSync(path.join(serverDataDir(), ID), { recursive: true, force: true });
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('/<dataset>/changes of a folder dataset', () => {
  it('says the bundled dataset has no recorded changes', async () => {
    const page = await browser.newPage();
    const errors = watchConsole(page);
    const res = await page.goto(`${BASE_URL}/istanbul-2025/changes`);
    expect(res?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    expect(text).toContain('There are no recorded changes');
    await expect(page.getByRole('link', { name: 'Changes' }).count()).resolves.toBeGreaterThan(0);
    expect(withoutUnlandedPrefetches(errors)).toEqual([]);
    await page.close();
  });

  it('shows the CHANGES.md entry that the import --into wrote, axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchConsole(page);
    const res = await page.goto(`${BASE_URL}/${ID}/changes`);
    expect(res?.status()).toBe(200);
    const text = await page.locator('main').innerText();
    expect(text).toContain('updated in place (--into)');
    expect(text).toMatch(/positions: 0 added, 1 changed/);
    expect(text).toMatch(/\d{1,2} [A-Z][a-z]+ \d{4}, version [0-9a-f]{8}/);
    await screenshot(page, 'changes-folder');
    expect(await seriousViolations(page)).toEqual([]);
    expect(withoutUnlandedPrefetches(errors)).toEqual([]);
    await context.close();
  });

  it('gives the same entry as CSV', async () => {
    const res = await fetch(`${BASE_URL}/${ID}/changes.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('date,version,action,change');
    expect(
      lines.some((l) => /,updated in place \(--into\),"positions: 0 added, 1 changed/.test(l)),
    ).toBe(true);
  });

  it('notes a bad query on the page rather than failing', async () => {
    const res = await fetch(`${BASE_URL}/${ID}/changes?from=soon&to=2`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('must be a revision number (0 or more)');
  });
});
