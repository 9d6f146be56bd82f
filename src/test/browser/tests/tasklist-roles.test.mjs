// Tasklist still works for every role behind the REST edge's allow-list: each person signs in, clicks
// through their filters, opens a task from the list, looks at its tabs, opens the start dialog; a
// supervisor starts a supervision cycle and chooses prompts by clicking. Every call Tasklist makes to
// /camunda/api is recorded; none may be refused (401/403) or fail (5xx) once the person is signed in.
// With RECORD=<file> the calls (method and path, ids replaced by {id}) are written there: that is how
// the allow-list's Tasklist lines were found (docs/security.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile } from 'node:fs/promises';
import { launch, signInToTasklist } from './browser.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NAMES = { maria: 'Maria Alvarez', jordan: 'Jordan Lee', robin: 'Robin Patel', david: 'David Chen' };

function template(path) {
  return path
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '{id}')
    .replace(/\/[a-z-]+:[0-9]+:\{id\}/g, '/{id}');
}

/** Signs in as the user and records every answer of /camunda/api from then on. */
async function signedIn(user) {
  const page = await signInToTasklist(browser, user, { name: NAMES[user] });
  const calls = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith('/camunda/api/')) {
      calls.push({ method: response.request().method(), path: template(url.pathname), status: response.status() });
    }
  });
  return { page, calls };
}

async function checkCalls(user, calls) {
  if (process.env.RECORD) {
    await appendFile(process.env.RECORD, calls.map((c) => `${user} ${c.method} ${c.path} ${c.status}\n`).join(''));
  }
  const refused = calls.filter((c) => c.status === 401 || c.status === 403 || c.status >= 500);
  assert.deepEqual(refused, [], `Tasklist calls refused or failed for ${user}`);
  assert.ok(calls.length > 0, 'Tasklist called its API');
}

async function clickFilters(page) {
  const filters = page.locator('.task-filter h4.name a');
  await filters.first().waitFor();
  const count = await filters.count();
  assert.ok(count > 0, 'the person has filters');
  for (let i = 0; i < count; i++) {
    await filters.nth(i).click();
    await page.waitForTimeout(500);
  }
  // a filter's tooltip would cover the one above it
  await page.mouse.move(800, 600);
}

async function openTab(page, name) {
  await page.locator('.nav-tabs a', { hasText: name }).first().click();
  await page.waitForTimeout(500);
}

test('a supervisor starts a cycle and chooses prompts by clicking, behind the allow-list', async () => {
  const { page, calls } = await signedIn('maria');
  await clickFilters(page);
  // standalone tasks are refused at the edge: Tasklist does not offer them
  assert.equal(await page.getByText('Create task').isVisible(), false, 'no "Create task" in the header');

  await page.getByText('Start process').first().click();
  await page.locator('.modal').getByText('Supervision cycle', { exact: true }).first().click();
  // the specialist is chosen from maria's supervisees, by name
  await page.locator('.modal .fjs-form-field-select .fjs-input-group').first().click();
  await page.locator('.modal .fjs-dropdownlist-item', { hasText: 'Jordan Lee' }).click();
  await page.locator('.modal').getByRole('button', { name: 'Start' }).click();
  await page.locator('.modal').waitFor({ state: 'detached' });

  await page.locator('.task-filter h4.name a', { hasText: 'My tasks' }).click();
  await page.getByText('Choose reflection prompts for Jordan Lee').first().click();
  await page.getByLabel('Boundaries and dual relationships').waitFor();
  for (const tab of ['History', 'Diagram', 'Form']) await openTab(page, tab);
  await page.getByLabel('Boundaries and dual relationships').check();
  if (process.env.SCREENSHOTS) await page.screenshot({ path: process.env.SCREENSHOTS + '/tasklist-supervisor.png' });
  await page.getByRole('button', { name: 'Complete' }).click();
  // the task closes and leaves the list
  await page.locator('h2.task', { hasText: 'Choose reflection prompts for Jordan Lee' }).waitFor({ state: 'detached' });
  await checkCalls('maria', calls);
  await page.context().close();
});

test('a specialist opens the reflection their supervisor asked for and the start dialog', async () => {
  const { page, calls } = await signedIn('jordan');
  await clickFilters(page);
  await page.locator('.task-filter h4.name a', { hasText: 'My tasks' }).click();
  await page.getByText('Your pre-supervision reflection').first().click();
  await page.getByRole('button', { name: 'Complete' }).waitFor();
  // the task's dates and groups come from the process: Tasklist offers no change the edge would refuse
  for (const action of ['Set follow-up date', 'Set due date', 'Add groups']) {
    assert.equal(await page.getByText(action).isVisible(), false, `no "${action}" on the task`);
  }
  for (const tab of ['Diagram', 'Form']) await openTab(page, tab);
  await page.getByText('Start process').first().click();
  await page.locator('.modal').getByText('Scope check', { exact: true }).first().click();
  await page.locator('.modal').getByRole('button', { name: 'Start' }).waitFor();
  if (process.env.SCREENSHOTS) await page.screenshot({ path: process.env.SCREENSHOTS + '/tasklist-specialist.png' });
  await page.keyboard.press('Escape');
  await checkCalls('jordan', calls);
  await page.context().close();
});

test('a program lead opens the audit start form, another supervisor their filters', async () => {
  const { page, calls } = await signedIn('robin');
  await clickFilters(page);
  await page.getByText('Start process').first().click();
  await page.locator('.modal').getByText('Scope-compliance audit', { exact: true }).first().click();
  await page.locator('.modal').getByRole('button', { name: 'Start' }).waitFor();
  await page.keyboard.press('Escape');
  await checkCalls('robin', calls);
  await page.context().close();

  const other = await signedIn('david');
  await clickFilters(other.page);
  await checkCalls('david', other.calls);
  await other.page.context().close();
});
