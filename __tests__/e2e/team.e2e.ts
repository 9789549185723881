import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, watchConsole } from './support/browser';
import { runOwnScript, signInCookie, startOwnServer, type OwnServer } from './support/ownServer';
import { everyMutation } from './support/mutations';
import { checkPage as checkWorkspacePage, tabTo } from './support/workspacePage';

// A team codes and reviews one cell, each person in a browser context of their own, on a server
// of this test's own (only the first admin comes from the CLI; everyone else is made in the app):
// the admin adds a coder, a reviewer and a viewer; the coder creates a dataset, pastes a source
// and codes a cell from a selected passage; the reviewer challenges; the coder fixes it (a second
// tab's stale edit is refused, showing the fix); the reviewer approves; the cell's history and
// /changes show all of it. Then the viewer forges a POST to every mutation: each is refused and
// nothing changes, while the coder's same requests go through.

const ADMIN = { email: 'team-admin@example.org', password: 'an admin password long enough' };
const CODER = { email: 'team-coder@example.org', password: 'a coder password long enough' };
const REVIEWER = { email: 'team-reviewer@example.org', password: 'a reviewer password long' };
const VIEWER = { email: 'team-viewer@example.org', password: 'a viewer password long enough' };
const DATASET = 'strait-talks';
const TEXT =
  'Joint statement after the strait talks, 3 June 2025.\n\n' +
  'Party A will open the strait to merchant ships once the patrols have left.\n\n' +
  'Both sides will meet again in July.\n';
const PASSAGE = 'Party A will open the strait to merchant ships once the patrols have left';
const CELL = 'party-a/example-issue/round-1';
const CELL_PAGE = `/${DATASET}/matrix/example-issue/party-a?round=round-1`;
const EDITOR = `/workspace/${DATASET}/positions/party-a/example-issue/round-1`;

let server: OwnServer;
let base = '';
let browser: Browser;
const people = new Map<string, { context: BrowserContext; page: Page; errors: string[] }>();

beforeAll(async () => {
  server = await startOwnServer('team', (env) =>
    runOwnScript(env, 'user', ['add', ADMIN.email, '--role', 'admin'], `${ADMIN.password}\n`),
  );
  base = server.base;
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  for (const { context } of people.values()) await context.close();
  await browser?.close();
  server?.stop();
});

/**
 * The person's own browser context, signed in through the sign-in form (created on first use);
 * the reviewer does everything with the keyboard alone.
 */
async function as(who: { email: string; password: string }): Promise<Page> {
  const known = people.get(who.email);
  if (known) return known.page;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await page.goto(`${base}/signin`);
  if (who === REVIEWER) {
    await tabTo(page, page.getByLabel('Email'));
    await page.keyboard.type(who.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(who.password);
    await page.keyboard.press('Enter');
  } else {
    await page.getByLabel('Email').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }
  await page.waitForURL('**/workspace');
  people.set(who.email, { context, page, errors });
  return page;
}

/** axe, screenshots (`team-<name>-<width>`) and no page wider than a phone's screen. */
function checkPage(page: Page, name: string): Promise<void> {
  return checkWorkspacePage(page, `team-${name}`, { fitsPhone: true });
}

async function historyTitles(page: Page): Promise<string[]> {
  return page.locator('#review-section ol > li strong').allInnerTexts();
}

test('the admin adds a coder, a reviewer and a viewer in the app (with the keyboard alone), and changes a role', async () => {
  const page = await as(ADMIN);
  await page.goto(`${base}/workspace/users`);
  for (const [who, role] of [
    [CODER, 'coder'],
    [REVIEWER, 'reviewer'],
    [VIEWER, 'coder'],
  ] as const) {
    // With the keyboard alone: Tab to each field, a letter picks the role, Enter sends.
    await tabTo(page, page.getByLabel('Email'));
    await page.keyboard.type(who.email);
    await page.keyboard.press('Tab');
    await page.keyboard.press(role[0]!);
    expect(await page.getByLabel('Role', { exact: true }).inputValue()).toBe(role);
    await page.keyboard.press('Tab');
    await page.keyboard.type(who.password);
    const before = page.url();
    await page.keyboard.press('Enter');
    // The page before already matches /workspace/users?…: wait for the new address.
    await page.waitForURL((url) => url.href !== before);
    expect(await page.getByRole('status').textContent()).toBe(`Added ${who.email}.`);
  }
  // The third was added as a coder by mistake: the admin makes them a viewer.
  await page.getByLabel(`Role of ${VIEWER.email}`).selectOption('viewer');
  const added = page.url();
  await page.getByRole('button', { name: `Change role of ${VIEWER.email}` }).click();
  await page.waitForURL((url) => url.href !== added);
  expect(await page.getByRole('status').textContent()).toBe(`Changed the role of ${VIEWER.email}.`);
  expect(await page.getByLabel(`Role of ${VIEWER.email}`).inputValue()).toBe('viewer');
  await checkPage(page, 'users');

  await page.goto(`${base}/workspace/audit`);
  const audit = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  for (const who of [CODER, REVIEWER, VIEWER]) expect(audit).toContain(who.email);
  expect(audit).toMatch(/role/i);
  await checkPage(page, 'audit');
}, 90_000);

test('the coder creates a dataset, pastes a source and codes a cell from a selected passage', async () => {
  const page = await as(CODER);
  await checkPage(page, 'workspace');
  await page.getByLabel('Id').fill(DATASET);
  await page.getByLabel('Title').fill('Strait talks');
  await page.getByRole('button', { name: 'Create dataset' }).click();
  await page.getByRole('link', { name: 'Code Strait talks' }).click();
  await page.waitForURL(`**/workspace/${DATASET}`);

  // A second party, so the dataset can hold an outcome between two (used at the end).
  await page.getByRole('link', { name: 'Add a party' }).click();
  await page.locator('#f-id').fill('party-b');
  await page.locator('#f-name').fill('Party B');
  await page.locator('#f-shortName').fill('B');
  await page.getByRole('checkbox', { name: /Round 1/ }).check();
  await page.getByRole('button', { name: 'Add' }).click();
  await page.waitForURL('**/parties/party-b?saved=*');

  await page.goto(`${base}/workspace/${DATASET}`);
  await page.getByRole('link', { name: 'Add a source' }).click();
  await page.getByLabel('Id').fill('joint-statement');
  await page.getByLabel('Title').fill('Joint statement after the strait talks');
  await page.getByLabel('Kind').selectOption('official-statement');
  await page.getByLabel('File name').fill('joint-statement.txt');
  await page.locator('#f-text').fill(TEXT);
  await page.locator('#f-reason').fill('the joint statement of 3 June');
  await page.getByRole('button', { name: 'Add' }).click();
  await page.waitForURL('**/sources/joint-statement/edit?saved=*');

  await page.goto(`${base}/workspace/${DATASET}/sources/joint-statement`);
  const source = page.getByRole('textbox', { name: 'Source text' });
  await page.getByRole('button', { name: 'Use as evidence' }).waitFor();
  await source.evaluate((el, passage) => {
    const area = el as HTMLTextAreaElement;
    const start = area.value.indexOf(passage);
    area.focus();
    area.setSelectionRange(start, start + passage.length);
  }, PASSAGE);
  await page.getByRole('button', { name: 'Use as evidence' }).click();
  expect(await page.locator('#quote').inputValue()).toBe(PASSAGE);
  await page.getByLabel('Speaker').fill('Spokesperson of Party A');
  await checkPage(page, 'source');
  await page.getByRole('button', { name: 'Open in the position editor' }).click();
  await page.waitForURL(`**${EDITOR}?draft=*`);
  expect(await page.locator('#f-evidence-0-quote').inputValue()).toBe(PASSAGE);
  await page.locator('#f-label').fill('Open once patrols leave');
  await page.locator('#f-confidence').selectOption('high');
  await page.locator('#f-summary').fill('A will open the strait when the patrols have left.');
  await page.locator('#f-value').fill('85');
  await page.locator('#f-reason').fill('coded from the joint statement');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(`**${EDITOR}?saved=*`);
  expect(await page.getByRole('status').textContent()).toMatch(/Saved as revision \d+/);
  const back = page.getByRole('link', { name: "The cell's evidence page: its review and history" });
  expect(await back.getAttribute('href')).toBe(CELL_PAGE);
  await checkPage(page, 'position');
}, 120_000);

test('the reviewer finds the cell in the review queue and challenges it, with the keyboard alone', async () => {
  const page = await as(REVIEWER);
  await page.goto(`${base}/workspace/${DATASET}/review`);
  expect(await page.getByRole('status').innerText()).toBe(
    '1 cell awaiting review, 0 challenged, 0 approved, of 1 coded position. You can approve or challenge 1 of the awaiting cells.',
  );
  expect(await page.locator('#awaiting').innerText()).toContain(`by ${CODER.email}`);
  await checkPage(page, 'queue');
  await tabTo(page, page.getByRole('link', { name: 'Party A on “Example issue”, Round 1' }));
  await page.keyboard.press('Enter');
  await page.waitForURL(`**${CELL_PAGE}`);
  const section = page.locator('#review-section');
  expect(await section.innerText()).toContain('Awaiting review');
  await tabTo(page, page.locator('#review-challenge-text'));
  await page.keyboard.type('The statement sets a condition: 85 reads it as firmer.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL('**review-notice=challenge**');
  expect(await section.innerText()).toContain('Challenged');
  await checkPage(page, 'challenged');
});

test("the coder fixes the cell; a second tab's stale edit of it is refused, showing the fix", async () => {
  const page = await as(CODER);
  await page.goto(base + CELL_PAGE);
  const section = page.locator('#review-section');
  expect(await section.innerText()).toContain('85 reads it as firmer');
  await page.getByRole('link', { name: 'Change this coding' }).click();
  await page.waitForURL(`**${EDITOR}`);
  const second = await page.context().newPage();
  await second.goto(base + EDITOR);

  await page.locator('#f-value').fill('60');
  await page.locator('#f-reason').fill('answering the challenge: the opening is conditional');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL(`**${EDITOR}?saved=*`);

  await second.locator('#f-summary').fill('A will open the strait.');
  await second.getByRole('button', { name: 'Save' }).click();
  await second.waitForURL(`**${EDITOR}?draft=*`);
  const notice = (await second.locator('[role=alert]').allInnerTexts()).join(' ');
  expect(notice).toContain(`${CODER.email} changed this after you opened it`);
  expect(notice).toContain('answering the challenge: the opening is conditional');
  expect(notice).toMatch(/85[^]*60/);
  expect(await second.locator('#f-summary').inputValue()).toBe('A will open the strait.');
  await checkPage(second, 'stale');
  await second.close();

  // The fix is what the cell holds; the refused tab changed nothing.
  await page.goto(base + CELL_PAGE);
  expect(await section.innerText()).toContain('Awaiting review');
  expect(await page.locator('main').innerText()).toContain(
    'A will open the strait when the patrols have left.',
  );
}, 90_000);

test('the reviewer approves; the history and /changes show every step', async () => {
  const page = await as(REVIEWER);
  await page.goto(`${base}/workspace/${DATASET}/review`);
  expect(await page.locator('#awaiting').innerText()).toContain(
    'Changed after a challenge: see whether it answers it.',
  );
  await page.goto(base + CELL_PAGE);
  await tabTo(page, page.getByRole('button', { name: 'Approve this coding' }));
  await page.keyboard.press('Enter');
  await page.waitForURL('**review-notice=approve**');
  const section = page.locator('#review-section');
  expect(await section.innerText()).toContain('Approved');
  const titles = await historyTitles(page);
  expect(titles).toHaveLength(4);
  expect(titles[0]).toMatch(/^Coded in revision (\d+)$/);
  const first = Number(/(\d+)$/.exec(titles[0]!)![1]);
  expect(titles.slice(1)).toEqual([
    `Challenged (revision ${first})`,
    `Changed in revision ${first + 1}`,
    `Approved (revision ${first + 1})`,
  ]);
  const history = await section.innerText();
  for (const words of [
    `by ${CODER.email}`,
    `by ${REVIEWER.email}`,
    'coded from the joint statement',
    '85 reads it as firmer',
    'answering the challenge: the opening is conditional',
  ])
    expect(history).toContain(words);
  await checkPage(page, 'approved');

  await page.goto(`${base}/${DATASET}/changes`);
  const changes = await page.locator('#revisions').locator('..').innerText();
  expect(changes).toContain('answering the challenge: the opening is conditional');
  expect(changes).toContain('coded from the joint statement');
  expect(changes).toContain('the joint statement of 3 June');
  expect(changes).toContain(CODER.email);
  expect(changes).toMatch(
    /Changed\s+positions party-a\/example-issue\/round-1\s+value 85[^\n]*value 60/,
  );
  await checkPage(page, 'changes');
  // Every page's header says who is signed in (a workspace page says it in its own bar instead);
  // the same page read without a session says nothing of anyone.
  expect(await page.locator('header .site-user').innerText()).toBe(
    `signed in as ${REVIEWER.email} (reviewer)`,
  );
  const anonymousChanges = await (await fetch(`${base}/${DATASET}/changes`)).text();
  expect(anonymousChanges).not.toContain('signed in as');

  await page.goto(`${base}/workspace/${DATASET}/review`);
  expect(await page.locator('header .site-user').isVisible()).toBe(false);
  expect(await page.getByRole('status').innerText()).toMatch(
    /^0 cells awaiting review, 0 challenged, 1 approved, of 1 coded position\.$/,
  );

  for (const { errors } of people.values()) expect(errors).toEqual([]);
}, 90_000);

/** Everything a mutation could change, read as the admin: the dataset, its revisions, reviews, users. */
async function everything(adminCookie: string): Promise<string> {
  const read = async (path: string) => {
    const res = await fetch(base + path, { headers: { cookie: adminCookie } });
    expect(res.status).toBe(200);
    return res.text();
  };
  return JSON.stringify([
    await read(`/api/datasets/${DATASET}`),
    await read(`/${DATASET}/changes.csv`),
    await read('/api/workspace/users'),
    (await fetch(`${base}/api/datasets/second-talks`)).status,
  ]);
}

test("a viewer's direct POST to each mutation is refused and changes nothing; the coder's same requests go through", async () => {
  const viewer = await signInCookie(base, VIEWER.email, VIEWER.password);
  const coder = await signInCookie(base, CODER.email, CODER.password);
  const reviewer = await signInCookie(base, REVIEWER.email, REVIEWER.password);
  const admin = await signInCookie(base, ADMIN.email, ADMIN.password);
  const api = await (await fetch(`${base}/api/datasets/${DATASET}`)).json();
  const dataset = api.dataset;
  const revision = Number(/^r?(\d+)/.exec(String(api.version.hash))![1]);
  const users = (await (
    await fetch(`${base}/api/workspace/users`, { headers: { cookie: admin } })
  ).json()) as {
    users: { id: number; email: string }[];
  };
  const viewerId = users.users.find((u) => u.email === VIEWER.email)!.id;
  const mutations = everyMutation({
    datasetId: DATASET,
    dataset,
    revision,
    cell: CELL,
    text: TEXT,
    viewerId,
  });
  const send = (m: (typeof mutations)[number], cookie: string, origin = base) =>
    fetch(base + m.path, {
      method: m.method,
      redirect: 'manual',
      headers: { 'content-type': 'application/json', origin, cookie },
      body: JSON.stringify(m.body),
    });

  const before = await everything(admin);
  for (const m of mutations) {
    const refused = await send(m, viewer);
    expect([m.what, refused.status]).toEqual([m.what, 403]);
    expect((await refused.json()).error).toMatch(
      /^Refused: this needs the (coder|reviewer|admin) role or above; team-viewer@example.org is viewer\./,
    );
    // Without a session: 401; the coder's cookie from another origin: 403.
    expect([m.what, (await send(m, '')).status]).toEqual([m.what, 401]);
    expect([m.what, (await send(m, coder, 'https://elsewhere.example')).status]).toEqual([
      m.what,
      403,
    ]);
  }
  // A viewer's plain form post is refused too.
  const form = await fetch(`${base}/api/workspace/datasets/${DATASET}/reviews`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, cookie: viewer },
    body: new URLSearchParams({
      cell: CELL,
      kind: 'comment',
      revision: String(revision),
      text: 'x',
    }),
  });
  expect(form.status).toBe(403);
  expect(await everything(admin)).toBe(before);

  // The same requests from the roles that may make them go through: the refusals were the role's.
  const allowed: Record<string, string> = { coder, reviewer, admin };
  // The reviews first: they are of the cell at `revision`, which the position's edit moves on.
  const replay = mutations.filter((x) => x.method === 'POST' && !x.path.endsWith(`/${viewerId}`));
  replay.sort(
    (a, b) => Number(!a.path.endsWith('/reviews')) - Number(!b.path.endsWith('/reviews')),
  );
  for (const m of replay) {
    const res = await send(m, allowed[m.needs]!);
    expect([m.what, res.status, res.ok]).toEqual([m.what, res.status, true]);
  }
  expect(await everything(admin)).not.toBe(before);
}, 120_000);

test('every workspace page is axe-clean and fits a phone: each page the coding home links to, and the access pages', async () => {
  const coder = await as(CODER);
  await coder.goto(`${base}/workspace/${DATASET}`);
  const linked = await coder
    .locator('main a[href^="/workspace/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  const pages = [...new Set([`/workspace/${DATASET}`, ...linked])];
  // Every part's add form and each kind of item page is among them (the walk made one of each).
  for (const part of [
    'sources',
    'parties',
    'issues',
    'rounds',
    'events',
    'outcomes',
    'delegations',
  ])
    expect(pages).toContain(`/workspace/${DATASET}/add/${part}`);
  for (const page of [
    `/workspace/${DATASET}/grid`,
    `/workspace/${DATASET}/review`,
    `/workspace/${DATASET}/sources/joint-statement`,
    `/workspace/${DATASET}/positions/party-a/example-issue/round-1`,
  ])
    expect(pages).toContain(page);
  expect(pages.some((p) => p.includes('/outcomes/'))).toBe(true);
  expect(pages.some((p) => p.includes('/delegations/'))).toBe(true);
  for (const path of pages) {
    await coder.goto(base + path);
    const name = path.slice(`/workspace/${DATASET}`.length).replace(/[^a-z0-9]+/gi, '-') || '-home';
    await checkPage(coder, `page${name}`.slice(0, 80));
  }
  const admin = await as(ADMIN);
  for (const path of ['/workspace', '/workspace/users', '/workspace/audit']) {
    await admin.goto(base + path);
    await checkPage(admin, `admin${path.replace(/\//g, '-')}`);
  }
  const anonymous = await browser.newContext();
  const signIn = await anonymous.newPage();
  await signIn.goto(`${base}/signin`);
  await checkPage(signIn, 'signin');
  await anonymous.close();
}, 240_000);

test('the coder removes an item through its page; a removal that would break the dataset is refused on the page', async () => {
  const page = await as(CODER);
  await page.goto(`${base}/workspace/${DATASET}/parties/party-a`);
  await page.getByRole('checkbox', { name: /^Yes, remove/ }).check();
  await page.getByRole('button', { name: 'Remove' }).click();
  await page.waitForURL('**/parties/party-a?draft=*#remove-heading');
  const alerts = await page.locator('main [role=alert]').allInnerTexts();
  expect(alerts).toHaveLength(1);
  expect(alerts[0]).toMatch(
    /^Not removed: 3 problems\s+positions\[0\]\.party names a party "party-a"/,
  );
  expect(await page.locator('#f-name').inputValue()).toBe('Republic of Arland');
  await checkPage(page, 'remove-refused');

  await page.goto(`${base}/workspace/${DATASET}/delegations/party-b/*`);
  await page.getByRole('checkbox', { name: /^Yes, remove/ }).check();
  await page.locator('#remove-reason').fill('no source names the envoy');
  await page.getByRole('button', { name: 'Remove' }).click();
  await page.waitForURL(`**/workspace/${DATASET}?saved=*&removed=delegations`);
  expect(await page.getByRole('status').innerText()).toMatch(
    /^Removed a delegation in revision \d+\.$/,
  );
  expect(await page.locator('#h-delegations').locator('..').innerText()).not.toContain('party-b');
  await page.goto(`${base}/${DATASET}/changes`);
  expect(await page.locator('#revisions').locator('..').innerText()).toMatch(
    /no source names the envoy\s+Change\s+What\s+Old value\s+New value\s+Removed\s+delegations party-b\/\*/,
  );
}, 90_000);
