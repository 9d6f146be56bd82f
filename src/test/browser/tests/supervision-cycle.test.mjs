// The whole supervision cycle as the people in it do it in Tasklist, by clicking: maria starts a cycle for
// alex from the start dialog (choosing alex from her supervisees), chooses the prompts; alex writes the
// reflection; maria sees it while she records the session with two action items (one asking for a
// disclosure reflection); alex reads the record in words and sends it back; maria corrects it; alex signs.
// Each step is found in a filter, never opened by URL. Screenshots of every step go to SCREENSHOTS.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signInToTasklist, screenshot } from './browser.mjs';
import { openTaskFromFilter, typeDate, choose, complete, completed, codesIn } from './tasklist.mjs';
import { assertAccessible } from './axe.mjs';
import { type } from './flows.mjs';
import { openTasks, historicVariable } from './engine.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const shown = (iso) => new Date(iso + 'T12:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).replace('Sept', 'Sep');

const COMPETENCIES = ['Engaging peers in collaborative and caring relationships', 'Providing support',
  'Sharing lived experiences of recovery', 'Personalizing peer support', 'Supporting recovery planning',
  'Linking to resources, services and supports',
  'Providing information about skills related to health, wellness and recovery', 'Helping peers to manage crises',
  'Valuing communication', 'Supporting collaboration and teamwork', 'Promoting leadership and advocacy',
  'Promoting growth and development'];

async function noCodes(form, where) {
  assert.deepEqual(codesIn(await form.innerText()), [], where + ' shows codes');
}

test('a supervision cycle from start to signature, with two action items, a send-back and a correction', async () => {
  // maria starts the cycle from Tasklist's start dialog and chooses alex from her supervisees
  let maria = await signInToTasklist(browser, 'maria');
  await maria.getByRole('link', { name: /Start process/ }).first().click();
  await maria.locator('.modal-body a', { hasText: 'Supervision cycle' }).first().click();
  const start = maria.locator('.modal-body .fjs-container');
  await start.waitFor();
  await screenshot(maria, 'cycle-01-start');
  await start.locator('.fjs-input-group').first().click();
  const options = await start.locator('.fjs-dropdownlist-item').allInnerTexts();
  assert.deepEqual(options, ['Alex Morgan', 'Jordan Lee'], 'maria chooses among her own supervisees, by name');
  await start.locator('.fjs-dropdownlist-item', { hasText: 'Alex Morgan' }).click();
  await maria.getByRole('button', { name: 'Start' }).click();
  await maria.getByText('The process has been started.').waitFor();

  // maria chooses the prompts
  let form = await openTaskFromFilter(maria, 'My tasks', 'Choose reflection prompts for Alex Morgan');
  await noCodes(form, 'the prompts form');
  await form.getByLabel('Boundaries and dual relationships').check();
  await form.getByLabel('Own recovery and wellness').check();
  await typeDate(form, 'Reflection due by', day(7));
  await complete(maria, 'cycle-02-prompts');
  await completed(maria);
  await maria.context().close();

  // alex writes the reflection
  const alex = await signInToTasklist(browser, 'alex');
  form = await openTaskFromFilter(alex, 'My tasks', 'Your pre-supervision reflection');
  await noCodes(form, 'the reflection form');
  await assertAccessible(alex, 'the reflection form', { include: '.fjs-container' });
  await type(form.getByLabel(/^Your answer: boundaries/), 'P-1042 offered me a gift card; I thanked them and declined.');
  await type(form.getByLabel(/^Your answer: own recovery/), 'Steady. I went to my own meeting twice this week.');
  await type(form.getByLabel(/^Disclosures and boundary situations/), 'Shared briefly about my first year (Ask-Share-Ask).');
  await form.getByLabel('4', { exact: true }).check();
  for (const competency of COMPETENCIES) await choose(form, competency, '3 - growing');
  await complete(alex, 'cycle-03-reflection');
  await completed(alex);

  // maria records the session, seeing alex's reflection, with two action items
  maria = await signInToTasklist(browser, 'maria');
  form = await openTaskFromFilter(maria, 'My tasks', 'Record the supervision session with Alex Morgan');
  await form.getByText('P-1042 offered me a gift card; I thanked them and declined.').waitFor();
  await form.getByText('Steady. I went to my own meeting twice this week.').waitFor();
  await noCodes(form, 'the session-record form');
  await assertAccessible(maria, 'the session-record form', { include: '.fjs-container' });
  await typeDate(form, 'Date of the session', day(0));
  await type(form.getByLabel(/^Length in minutes/), '60');
  await form.getByLabel('Individual').check();
  await form.getByLabel('Boundaries', { exact: true }).check();
  await form.getByLabel('Intentional self-disclosure').check();
  await form.getByLabel('Sharing lived experiences of recovery').check();
  const items = form.locator('.fjs-repeat-row-container');
  await type(items.nth(0).getByLabel(/^What/), 'Practise Ask-Share-Ask in the Tuesday group');
  await choose(items.nth(0), 'Who', 'The specialist');
  await typeDate(items.nth(0), 'By when', day(14));
  await form.getByRole('button', { name: /Add/ }).click();
  await type(items.nth(1).getByLabel(/^What/), 'Reflect on the gift card offer');
  await choose(items.nth(1), 'Who', 'Both');
  await typeDate(items.nth(1), 'By when', day(10));
  await items.nth(1).getByLabel(/Ask the specialist for a disclosure and boundary reflection/).check();
  await type(form.getByLabel(/^Session notes/), 'Talked through the gift. Alex held the boundary kindly.');
  await complete(maria, 'cycle-04-session-record');
  await completed(maria);

  // alex reads the whole record in words and sends it back
  form = await openTaskFromFilter(alex, 'My tasks', 'Review and sign your session record');
  const record = await form.innerText();
  for (const words of [shown(day(0)), '60 minutes', 'Individual', 'Boundaries', 'Intentional self-disclosure',
    'Sharing lived experiences of recovery', 'Practise Ask-Share-Ask in the Tuesday group', 'the specialist, by ' + shown(day(14)),
    'Reflect on the gift card offer', 'both, by ' + shown(day(10)), 'asks for a disclosure and boundary reflection',
    'Talked through the gift. Alex held the boundary kindly.']) {
    assert.ok(record.includes(words), 'the record to sign shows "' + words + '":\n' + record);
  }
  await noCodes(form, 'the sign form');
  await screenshot(alex, 'cycle-05-sign-form');
  await form.getByLabel('Something needs correcting: send it back').check();
  await type(form.getByLabel(/^What should be corrected/), 'The session was 75 minutes.');
  await complete(alex, 'cycle-06-send-back');
  await completed(alex);

  // maria corrects it: the form opens with what she recorded and Complete is not grey
  form = await openTaskFromFilter(maria, 'My tasks', 'Record the supervision session with Alex Morgan');
  await form.getByText('The session was 75 minutes.').waitFor();
  await type(form.getByLabel(/^Length in minutes/), '75');
  await complete(maria, 'cycle-07-correction');
  await completed(maria);

  // alex signs
  form = await openTaskFromFilter(alex, 'My tasks', 'Review and sign your session record');
  await form.getByText('75 minutes').waitFor();
  await form.getByLabel('The record is accurate: I sign it').check();
  await form.getByLabel('I confirm this record is accurate and sign it').check();
  await complete(alex, 'cycle-08-sign');
  await completed(alex);

  // the action item that asked for a reflection started one for alex, which alex finds in Tasklist
  await openTaskFromFilter(alex, 'My tasks', 'Reflect on a disclosure or boundary situation');
  await screenshot(alex, 'cycle-09-reflection-asked');
  await alex.context().close();
  await maria.context().close();
});
