// How people work in Tasklist, as helpers for the browser tests: find a task in a filter and open it by
// clicking, claim it when it is offered to a group, fill Camunda Form fields by typing and clicking,
// complete it. Never by opening a task's URL.
import assert from 'node:assert/strict';
import { screenshot } from './browser.mjs';

/** Clicks the filter in the left column and then the task of that name in the list; answers when its form shows. */
export async function openTaskFromFilter(page, filter, taskName, { timeoutMs = 30000 } = {}) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    await page.locator('[cam-tasklist-filters] .task-filter', { hasText: filter }).first().locator('a').first().click();
    const task = page.locator('[cam-tasks] .task', { hasText: taskName }).first();
    try {
      await task.waitFor({ timeout: 4000 });
      await task.locator('a').first().click();
      break;
    } catch (e) {
      if (Date.now() > end) throw new Error('no task "' + taskName + '" in the filter "' + filter + '"');
      await page.reload();
    }
  }
  await page.locator('.fjs-container').first().waitFor({ timeout: 30000 });
  const claim = page.getByRole('button', { name: 'Claim' });
  if (await claim.isVisible().catch(() => false)) await claim.click();
  return page.locator('.fjs-container').first();
}

/** Types a date into a Camunda Forms date field (the field shows mm/dd/yyyy). */
export async function typeDate(scope, label, isoDate) {
  const [y, m, d] = isoDate.split('-');
  const input = scope.getByLabel(new RegExp('^' + escape(label) + '\\s*\\*?$'));
  await input.click();
  await input.fill(m + '/' + d + '/' + y);
  await input.press('Enter');
  await input.blur();
}

/** Chooses an option of a Camunda Forms select by clicking it open and clicking the option. */
export async function choose(scope, label, option) {
  const field = scope.locator('.fjs-form-field-select', {
    has: scope.page().locator('label', { hasText: new RegExp('^' + escape(label) + '\\*?$') }) }).first();
  await field.locator('.fjs-input-group').click();
  await field.locator('.fjs-dropdownlist-item', { hasText: option }).first().click();
}

/** Clicks Complete once Tasklist enables it; fails when it stays grey (the form thinks something is wrong). */
export async function complete(page, shot) {
  const button = page.getByRole('button', { name: 'Complete' });
  try {
    await assertEnabled(button, 'Complete');
  } catch (e) {
    // what the form shows as wrong, and a picture, so that a grey button in CI can be understood
    const shown = await page.locator('.fjs-form-field-error').allInnerTexts().catch(() => []);
    await screenshot(page, 'complete-disabled-' + Date.now());
    e.message += '; the form shows: ' + (shown.length ? shown.join(' | ') : 'no field errors');
    throw e;
  }
  if (shot) await screenshot(page, shot);
  await button.click();
}

export async function assertEnabled(button, what, timeoutMs = 5000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await button.isEnabled()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(what + ' stays disabled');
}

/** Waits until the page says the answers were sent (scripts/task-done.js) and the form is gone. */
export async function completed(page) {
  await page.getByRole('status').filter({ hasText: 'Done: your answers are saved and sent on.' }).waitFor({ timeout: 30000 });
  await page.locator('.fjs-container').first().waitFor({ state: 'detached', timeout: 30000 });
}

/** The text of the page without Tasklist's own chrome: what the form says. */
export async function formText(form) {
  return form.innerText();
}

/** Enum-like codes a person must never read (SELF_DISCLOSURE, INSTIL_HOPE, REFER). */
export function codesIn(text) {
  return (text.match(/\b[A-Z]{2,}(?:_[A-Z]+)+\b|\b(?:INDIVIDUAL|GROUP|REFER|CRISIS|CONNECTED|LOW|MODERATE|HIGH|ACKNOWLEDGE|SPECIALIST|SUPERVISOR|BOTH)\b/g) || []);
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
