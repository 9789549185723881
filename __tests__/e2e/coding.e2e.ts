import type { Browser, Page } from 'playwright-core';
import { launchBrowser, watchConsole } from './support/browser';
import { runOwnScript, startOwnServer, type OwnServer } from './support/ownServer';
import { checkPage as checkWorkspacePage } from './support/workspacePage';

// Coding a workspace dataset in the browser, on a server of this test's own (its PGlite
// workspace gets a coder from the real CLI before the server opens it): create a dataset, paste
// a source, select a passage and use it as evidence, save the position, see it in the matrix;
// an invalid value refused beside its field; a second tab's stale edit refused with the other change.

const EMAIL = 'coder@example.org';
const PASSWORD = 'a coder password long enough';
const TEXT =
  'Statement of Party A, 16 May 2025.\n\nWe want the border drawn at the river, and nowhere else.\n\nWe will talk again in June.\n';
const PASSAGE = 'We want the border drawn at the river';
let server: OwnServer;
let base = '';
let browser: Browser;

beforeAll(async () => {
  server = await startOwnServer('coding', (env) =>
    runOwnScript(env, 'user', ['add', EMAIL, '--role', 'coder'], `${PASSWORD}\n`),
  );
  base = server.base;
  browser = await launchBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  server?.stop();
});

async function signIn(page: Page): Promise<void> {
  await page.goto(`${base}/workspace`);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/workspace');
}

/** axe and screenshots of a coding page (`coding-<name>-<width>`). */
function checkPage(page: Page, name: string): Promise<void> {
  return checkWorkspacePage(page, `coding-${name}`);
}

test('create a dataset, paste a source, use a selected passage as evidence, save, see the cell in the matrix', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchConsole(page);
  await signIn(page);
  await page.getByLabel('Id').fill('river-talks');
  await page.getByLabel('Title').fill('River talks');
  await page.getByRole('button', { name: 'Create dataset' }).click();
  await page.getByRole('link', { name: 'Code River talks' }).click();
  await page.waitForURL('**/workspace/river-talks');
  await checkPage(page, 'home');

  await page.getByRole('link', { name: 'Add a source' }).click();
  await page.getByLabel('Id').fill('statement');
  await page.getByLabel('Title').fill('Statement of Party A');
  await page.getByLabel('Kind').selectOption('official-statement');
  await page.getByLabel('File name').fill('statement.txt');
  await page.locator('#f-text').fill(TEXT);
  await page.locator('#f-reason').fill('the statement of 16 May');
  await checkPage(page, 'add-source');
  await page.getByRole('button', { name: 'Add' }).click();
  await page.waitForURL('**/sources/statement/edit?saved=*');
  expect(await page.getByRole('status').textContent()).toMatch(/Saved as revision 2/);

  await page.goto(`${base}/workspace/river-talks/sources/statement`);
  const source = page.getByRole('textbox', { name: 'Source text' });
  expect(await source.inputValue()).toBe(TEXT);
  // The keyboard alone: the caret to the start, Shift+arrows select, typing changes nothing,
  // then Tab to the button and Enter.
  await page.getByRole('button', { name: 'Use as evidence' }).waitFor();
  await source.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('typed over');
  await page.keyboard.press('Backspace');
  expect(await source.inputValue()).toBe(TEXT);
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 'Statement'.length; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  expect(await page.locator('#quote').inputValue()).toBe('Statement');
  // With the mouse, as it were: the passage selected in the text box.
  await source.evaluate((el, passage) => {
    const area = el as HTMLTextAreaElement;
    const start = area.value.indexOf(passage);
    area.focus();
    area.setSelectionRange(start, start + passage.length);
  }, PASSAGE);
  await page.getByRole('button', { name: 'Use as evidence' }).click();
  expect(await page.locator('#quote').inputValue()).toBe(PASSAGE);
  await page.getByLabel('Speaker').fill('Head of delegation A');
  await checkPage(page, 'source');
  await page.getByRole('button', { name: 'Open in the position editor' }).click();
  await page.waitForURL('**/positions/party-a/example-issue/round-1?draft=*');
  expect(await page.locator('#f-evidence-0-quote').inputValue()).toBe(PASSAGE);
  const start = TEXT.indexOf(PASSAGE);
  expect(await page.locator('#f-evidence-0-locator').inputValue()).toBe(
    `para. 2, characters ${start}–${start + PASSAGE.length}`,
  );
  await page.locator('#f-label').fill('The river');
  await page.locator('#f-confidence').selectOption('high');
  await page.locator('#f-summary').fill('A wants the border at the river.');
  await page.locator('#f-value').fill('140');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL('**/positions/party-a/example-issue/round-1?draft=*');
  expect(await page.locator('#f-value-error').textContent()).toBe('must be a number from 0 to 100');
  expect(await page.locator('#f-value').getAttribute('aria-invalid')).toBe('true');
  expect(await page.locator('#f-label').inputValue()).toBe('The river');
  await checkPage(page, 'position-refused');
  await page.locator('#f-value').fill('85');
  await page.locator('#f-reason').fill('coded from the statement');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL('**/positions/party-a/example-issue/round-1?saved=*');

  await page.goto(`${base}/river-talks/matrix`);
  const matrix = await page.locator('main').textContent();
  expect(matrix).toContain('The river');
  expect(matrix).toMatch(
    /Stated\s*high confidence\s*The river\s*1 quote\s*Awaiting review\s*said by \u2068Head of delegation A\u2069/,
  );
  expect(errors).toEqual([]);
  await context.close();
});

test('the party, issue and round forms are axe-clean; a party is refused leaving a round where it has a position', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  for (const part of ['parties', 'issues', 'rounds']) {
    await page.goto(`${base}/workspace/river-talks/add/${part}`);
    await checkPage(page, `add-${part}`);
  }
  await page.goto(`${base}/workspace/river-talks/add/rounds`);
  await page.locator('#f-id').fill('round-2');
  await page.locator('#f-label').fill('Round 2');
  await page.locator('#f-date').fill('2025-06-20');
  await page.getByRole('button', { name: 'Add' }).click();
  await page.waitForURL('**/rounds/round-2?saved=*');
  await page.goto(`${base}/workspace/river-talks/parties/party-a`);
  await page.getByRole('checkbox', { name: /Round 2/ }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  // Party A's position in round 1 would be coded where it is absent: refused, the form kept.
  await page.waitForURL('**/parties/party-a?draft=*');
  expect(await page.getByRole('alert').first().textContent()).toMatch(/positions\[0\]/);
  expect(await page.getByRole('checkbox', { name: /Round 2/ }).isChecked()).toBe(true);
  await checkPage(page, 'party-refused');
  await page.getByRole('checkbox', { name: /Round 1/ }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL('**/parties/party-a?saved=*');
  expect(await page.getByRole('checkbox', { name: /Round 1/ }).isChecked()).toBe(true);
  await checkPage(page, 'edit-party');
  await context.close();
});

test('an event and a delegation added and edited through their forms', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page);
  await page.goto(`${base}/workspace/river-talks/add/events`);
  await page.locator('#f-date').fill('2025-05-16');
  await page.locator('#f-title').fill('Statement at the river');
  await page.getByRole('checkbox', { name: 'Party A' }).check();
  await page.locator('#f-evidence-0-source').selectOption('statement');
  await page.locator('#f-evidence-0-attribution').selectOption('own-words');
  await page.locator('#f-evidence-0-quote').fill('We will talk again in June.');
  await checkPage(page, 'add-event');
  await page.getByRole('button', { name: 'Add' }).click();
  await page.waitForURL('**/events/2025-05-16/Statement%20at%20the%20river?saved=*');
  await page.locator('#f-evidence-0-locator').fill('para. 3');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL('**/events/2025-05-16/Statement%20at%20the%20river?saved=*');
  expect(await page.locator('#f-evidence-0-locator').inputValue()).toBe('para. 3');

  await page.goto(`${base}/workspace/river-talks/add/delegations`);
  await page.locator('#f-party').selectOption('party-a');
  await page.locator('#f-members-0-name').fill('A. Person');
  await page.locator('#f-members-0-role').fill('Head of delegation');
  await page.getByRole('button', { name: 'Add' }).click();
  await page.waitForURL('**/delegations/party-a/**?saved=*');
  await checkPage(page, 'edit-delegation');
  await page.goto(`${base}/workspace/river-talks`);
  expect(await page.locator('main').textContent()).toMatch(/Statement at the river[^]*1 member/);
  await context.close();
});

test("a second tab's stale edit of the same round is refused, showing the other change", async () => {
  const context = await browser.newContext();
  const one = await context.newPage();
  await signIn(one);
  const two = await context.newPage();
  const href = `${base}/workspace/river-talks/rounds/round-1`;
  await one.goto(href);
  await two.goto(href);
  await one.locator('#f-label').fill('First meeting');
  await one.locator('#f-reason').fill('named it');
  await one.getByRole('button', { name: 'Save' }).click();
  await one.waitForURL('**?saved=*');
  await two.locator('#f-label').fill('Opening round');
  await two.getByRole('button', { name: 'Save' }).click();
  await two.waitForURL('**?draft=*');
  const notice = await two.locator('[role=alert]').allTextContents();
  expect(notice.join(' ')).toMatch(/coder@example.org changed this after you opened it/);
  expect(notice.join(' ')).toMatch(/named it/);
  expect(notice.join(' ')).toMatch(/First meeting/);
  expect(await two.locator('#f-label').inputValue()).toBe('Opening round');
  await checkPage(two, 'stale');
  await context.close();
});

test('without JavaScript the source page has no picker button, and a typed quote still opens the editor', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signIn(page);
  await page.goto(`${base}/workspace/river-talks/sources/statement`);
  expect(await page.getByRole('button', { name: 'Use as evidence' }).count()).toBe(0);
  expect(await page.locator('script[src]').count()).toBeGreaterThan(0);
  await page.locator('#quote').fill('We will talk again in June.');
  await page.getByRole('button', { name: 'Open in the position editor' }).click();
  await page.waitForURL('**/positions/party-a/example-issue/round-1?draft=*');
  expect(await page.locator('#f-evidence-1-quote').inputValue()).toBe(
    'We will talk again in June.',
  );
  await context.close();
});
