// A supervisor's task list puts a crisis first and says in words that it is urgent, whenever it was raised;
// routine work shows no unexplained priority number.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signInToTasklist, screenshot } from './browser.mjs';
import { crisisRaisedByJordan, cycleStartedByMaria } from './engine.mjs';
import { assertAccessible } from './axe.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a crisis raised before routine work is at the top of the supervisor\'s list, marked Urgent', async () => {
  await crisisRaisedByJordan();
  await cycleStartedByMaria('jordan'); // routine work, created after the crisis

  const maria = await signInToTasklist(browser, 'maria');
  await maria.locator('[cam-tasklist-filters] .task-filter', { hasText: 'My tasks' }).first().locator('a').first().click();
  const cards = maria.locator('[cam-tasks] .task');
  await cards.first().waitFor();
  await maria.locator('[cam-tasks] .task .priority[data-urgency]').first().waitFor();
  const first = cards.first();
  assert.match(await first.innerText(), /^Crisis/, 'the crisis is first');
  assert.equal(await first.locator('.priority').getAttribute('data-urgency'), 'urgent');
  assert.equal(await first.locator('.priority').evaluate((e) => getComputedStyle(e, '::after').content), '"Urgent"');
  assert.ok(await first.evaluate((e) => e.classList.contains('peer-supervision-urgent')), 'the crisis card is marked');
  assert.equal(await first.evaluate((e) => getComputedStyle(e).borderLeftWidth), '5px', 'the mark shows: a red edge on the card');

  const routine = cards.filter({ hasText: 'Choose reflection prompts for Jordan Lee' }).first();
  assert.equal(await routine.locator('.priority').getAttribute('data-urgency'), 'normal');
  assert.equal(await routine.locator('.priority').evaluate((e) => getComputedStyle(e).fontSize), '0px',
    'routine work shows no bare priority number');
  await screenshot(maria, 'task-list-crisis-first');
  await assertAccessible(maria, 'the task list', { include: '[cam-tasks]' });
  await maria.context().close();
});
