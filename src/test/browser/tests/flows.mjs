// What people do in Tasklist, step by step, for the browser tests of the processes: start a process from
// the "Start process" dialog, click a filter and a task in the list, fill a Camunda Form by typing and
// clicking, complete it. No task is opened by its address.
import assert from 'node:assert/strict';
import { screenshot } from './browser.mjs';

/** Enum codes people must never read: two or more capitals joined by an underscore (INSTIL_HOPE). */
export const CODE = /\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\b/;

/** A fresh peer code for this run, so a task is found by its own name even on a database that has run before. */
export function newPeerCode() {
  return 'P-' + String(Date.now()).slice(-7);
}

/** Opens "Start process", picks the process by its name and waits for its start form. */
export async function openStartForm(page, processName) {
  await page.getByText('Start process').first().click();
  const modal = page.locator('.modal');
  await modal.getByText(processName, { exact: true }).first().click();
  await modal.locator('.fjs-container').waitFor();
  return modal;
}

/** Clicks Start in the start dialog and waits until the dialog is gone. */
export async function start(page) {
  await settle(page);
  await page.locator('.modal').getByRole('button', { name: 'Start' }).click();
  await page.locator('.modal').waitFor({ state: 'detached' });
}

/**
 * Clicks the filter in the left list, then the task whose name is shown in the list, and waits for its
 * form. Tasklist refreshes the list by itself; a person waits a moment and looks again.
 */
export async function openTaskFromFilter(page, filterName, taskName, { taskId } = {}) {
  const filter = page.locator('.task-filter h4.name a', { hasText: filterName });
  // taskId: which of several tasks of the same name (found by REST, clicked in the list like any other)
  const task = taskId ? page.locator('.tasks-list li.task', { has: page.locator('a[href*="' + taskId + '"]') })
    : page.locator('.tasks-list li.task', { hasText: taskName });
  const end = Date.now() + 30000;
  for (;;) {
    await filter.click();
    try {
      await task.first().waitFor({ timeout: 3000 });
      break;
    } catch (e) {
      if (Date.now() > end) throw new Error('no task "' + taskName + '" in the filter "' + filterName + '"');
    }
  }
  await page.mouse.move(900, 700); // a filter's tooltip would cover the list
  await task.first().locator('a').first().click();
  await page.locator('.task-details h2', { hasText: taskName }).first().waitFor();
  await claimIfNeeded(page);
  await page.locator('.task-details .fjs-container').waitFor();
  // the form's variables arrive after the form itself
  await page.waitForTimeout(800);
}

async function claimIfNeeded(page) {
  const claim = page.locator('.task-details').getByRole('button', { name: 'Claim' });
  if (await claim.isVisible()) await claim.click();
}

/** Chooses an option of a form-js select (a drop-down list, not a native select) by its label. */
export async function choose(scope, fieldLabel, option) {
  const field = scope.locator('.fjs-form-field-select', { has: scope.page().locator('label', { hasText: fieldLabel }) });
  await field.locator('.fjs-input-group').click();
  await field.locator('.fjs-dropdownlist-item', { hasText: option }).first().click();
}

/** Types a date into a form-js date field (its calendar accepts typing, as mm/dd/yyyy). */
export async function typeDate(scope, fieldLabel, isoDate) {
  const [y, m, d] = isoDate.split('-');
  const input = scope.getByLabel(fieldLabel);
  await input.click();
  await input.fill(m + '/' + d + '/' + y);
  await input.press('Enter');
}

/** The visible text of the form, with the checks every form must pass: no code, no regex, no id. */
export async function formText(scope, what) {
  const text = await scope.locator('.fjs-container').first().innerText();
  assert.doesNotMatch(text, CODE, what + ': a code instead of words');
  assert.doesNotMatch(text, /\^|\$\}|\[0-9\]|pattern/i, what + ': a regex or "pattern"');
  assert.doesNotMatch(text, /[0-9a-f]{8}-[0-9a-f]{4}-/, what + ': an id');
  assert.doesNotMatch(text, /\{\{|\}\}/, what + ': a template that did not render');
  return text;
}

/** Clicks Complete and waits until the task has left the form view. */
export async function complete(page, taskName) {
  await settle(page);
  await page.mouse.move(900, 100);
  await page.locator('.task-details').getByRole('button', { name: 'Complete' }).click();
  await page.locator('.task-details h2', { hasText: taskName }).waitFor({ state: 'detached', timeout: 30000 });
}

export async function shot(page, name) {
  // a full-page screenshot resizes the page: let form-js take in the last typing first
  await page.waitForTimeout(700);
  await screenshot(page, name);
}

/** The product's REST API as a demo user (password = user name): only to check or set up, never to open a task. */
export async function rest(user, method, path, body) {
  const { BASE } = await import('./engine.mjs');
  const response = await fetch(BASE + path, {
    method,
    headers: { Authorization: 'Basic ' + Buffer.from(user + ':' + user).toString('base64'),
      'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  if (!response.ok) throw new Error(method + ' ' + path + ' as ' + user + ': ' + response.status + ' ' + text);
  return text ? JSON.parse(text) : null;
}

/** The open task of that name (as the user sees it), or undefined. */
export async function openTaskNamed(user, name) {
  const tasks = await rest(user, 'GET', '/engine-rest/task?name=' + encodeURIComponent(name));
  return tasks[0];
}

export async function waitUntil(condition, what, timeoutMs = 20000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  assert.fail('timed out waiting until ' + what);
}

/**
 * form-js takes in what was typed a moment later (it debounces text fields): a person never clicks a
 * button within a few milliseconds of their last key, so neither does the test.
 */
async function settle(page) {
  await page.evaluate(() => document.activeElement?.blur());
  await page.waitForTimeout(700);
}

/**
 * Types into a field as a person does: the text, then on to the next field. form-js takes in typing a
 * moment later (debounced) and reads the field when it does; moving on at machine speed while the
 * previous field's change re-renders the form would lose what was typed, which no person's pace does.
 */
export async function type(field, text) {
  await field.click(); // as a person does: the field left before re-renders first
  await field.fill(text);
  await field.blur();
  await field.page().waitForTimeout(400);
  if ((await field.inputValue()) !== text) throw new Error('the field did not keep what was typed');
}
