// A specialist opens a task in Tasklist, sees its Camunda Form, submits invalid input and sees the
// error, then submits valid input.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signInToTasklist } from './browser.mjs';
import { cycleAwaitingAlexsSignature, openTasks } from './engine.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('specialist signs a session record in Tasklist once the form has the attestation it asks for', async () => {
  const cycle = await cycleAwaitingAlexsSignature();
  const [task] = await openTasks('alex', cycle);
  assert.equal(task.taskDefinitionKey, 'Task_ReviewSessionRecord');

  const page = await signInToTasklist(browser, 'alex');
  await page.goto('/camunda/app/tasklist/default/#/?task=' + task.id);
  // the Camunda Form, with the record templated into it
  await page.getByRole('heading', { name: 'Your session record', exact: true }).waitFor();
  await page.getByText('Talked through the gift.').waitFor();

  // invalid: "I sign it" without ticking the attestation: the form itself asks for it on Complete and
  // sends nothing (the server refuses such a signature too: SupervisionCycleHttpTest)
  await page.getByLabel('The record is accurate: I sign it').check();
  await page.getByRole('button', { name: 'Complete' }).click();
  await page.locator('.fjs-form-field-error').first().waitFor();
  assert.equal((await openTasks('alex', cycle)).length, 1, 'the task is still open');

  // valid
  if (process.env.SCREENSHOTS) await page.screenshot({ path: process.env.SCREENSHOTS + '/tasklist-refused.png', fullPage: true });
  await page.getByLabel('I confirm this record is accurate and sign it').check();
  await page.getByRole('button', { name: 'Complete' }).click();
  await waitUntil(async () => (await openTasks('alex', cycle)).length === 0, 'the signed record completes the cycle');
  await page.context().close();
});

async function waitUntil(condition, what, timeoutMs = 15000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  assert.fail('timed out waiting until ' + what);
}
