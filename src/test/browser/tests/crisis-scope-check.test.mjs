// A crisis, as people live it in Tasklist: jordan raises a scope check from "Start process", ticks the
// risk they noticed, and records what they did; maria finds the crisis in her list, reads the indicators
// and jordan's response in words, and acknowledges it. Every step by typing and clicking.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signInToTasklist } from './browser.mjs';
import { assertAccessible } from './axe.mjs';
import { choose, complete, type, formText, newPeerCode, openStartForm, openTaskFromFilter, openTaskNamed, rest, shot, start,
  waitUntil } from './flows.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('jordan raises a crisis, records the response; maria sees the indicators and the response and acknowledges', async () => {
  const peer = newPeerCode();
  const jordan = await signInToTasklist(browser, 'jordan', { name: 'Jordan Lee' });

  // the start form: the peer-code rule in words, required fields marked
  const modal = await openStartForm(jordan, 'Scope check');
  const startText = await formText(modal, 'scope-check start form');
  assert.match(startText, /P- followed by 3 to 8 digits, for example P-1042/);
  assert.equal(await modal.locator('.fjs-form-field-textfield', { hasText: 'Peer code' }).locator('.fjs-asterix').count(), 1,
    'the peer code is marked as required');
  assert.doesNotMatch(startText, /supervisors only|user name/i, 'no supervisor field on a specialist\'s start form');
  await type(modal.getByLabel('Peer code'), peer);
  await choose(modal, 'What the peer needs', 'Support with a recovery goal');
  await modal.getByLabel('Thoughts of suicide').check();
  await modal.getByLabel('A plan or means for suicide').check();
  await type(modal.getByLabel('What is happening'), 'Said they have pills saved up & "no reason to wait".');
  await shot(jordan, 'crisis-1-jordan-raises');
  await start(jordan);

  // jordan's own crisis task: visibly a crisis, first in the list
  const respondName = 'Crisis: respond now for ' + peer + ', then record what was done';
  await openTaskFromFilter(jordan, 'My tasks', respondName);
  const respond = jordan.locator('.task-details');
  const respondText = await formText(respond, 'crisis response form');
  assert.match(respondText, /call 988 or 911/);
  await respond.getByLabel('Called or texted 988').check();
  await respond.getByLabel('Stayed with the peer').check();
  await respond.getByLabel('Something else').check();
  await type(respond.getByLabel('What else was done'), 'Removed the pills with the peer\'s agreement');
  await respond.getByLabel('Yes, contact confirmed').check();
  await choose(respond, 'Outcome for now', 'The crisis service is with the peer');
  await type(respond.getByLabel('Notes'), 'Mobile team arrived at 14:10. Peer agreed to a safety plan.');
  await shot(jordan, 'crisis-2-jordan-responds');
  await complete(jordan, respondName);
  await jordan.context().close();

  // maria: the crisis carries a high priority and says so in its name
  const ackName = 'Crisis: acknowledge Jordan Lee\'s crisis response for ' + peer;
  const ackTask = await openTaskNamed('maria', ackName);
  assert.ok(ackTask, 'maria has the acknowledgment');
  assert.equal(ackTask.priority, 100, 'a crisis sorts above routine work');

  const maria = await signInToTasklist(browser, 'maria');
  await openTaskFromFilter(maria, 'My tasks', ackName);
  const ack = maria.locator('.task-details');
  const ackText = await formText(ack, 'crisis acknowledgment form');
  // what jordan noticed, in the words jordan ticked
  assert.match(ackText, /Thoughts of suicide; A plan or means for suicide/);
  assert.match(ackText, /Support with a recovery goal/);
  assert.match(ackText, /Said they have pills saved up & "no reason to wait"\./);
  // and what jordan did, in words
  assert.match(ackText, /Called or texted 988; Stayed with the peer; Something else/);
  assert.match(ackText, /Removed the pills with the peer's agreement/);
  assert.match(ackText, /Yes, contact confirmed/);
  assert.match(ackText, /The crisis service is with the peer/);
  assert.match(ackText, /Mobile team arrived at 14:10\. Peer agreed to a safety plan\./);
  assert.doesNotMatch(ackText, /Not recorded yet/);
  await assertAccessible(maria, 'the crisis acknowledgment form', { include: '.task-details .fjs-container' });
  await ack.getByLabel('I know about this crisis and I am reachable for the specialist').check();
  await type(ack.getByLabel('Note'), 'Called Jordan at 14:20; debrief tomorrow.');
  await shot(maria, 'crisis-3-maria-acknowledges');
  await complete(maria, ackName);

  // the crisis is documented and closed (no mandatory report: no abuse was disclosed)
  await waitUntil(async () => (await rest('maria', 'GET', '/engine-rest/task?processInstanceId=' + ackTask.processInstanceId)).length === 0,
    'the scope check closes');
  await maria.context().close();
});

test('maria can acknowledge a crisis before jordan has recorded the response, and is told it is not recorded yet', async () => {
  const peer = newPeerCode();
  const jordan = await signInToTasklist(browser, 'jordan', { name: 'Jordan Lee' });
  const modal = await openStartForm(jordan, 'Scope check');
  await type(modal.getByLabel('Peer code'), peer);
  await choose(modal, 'What the peer needs', 'A crisis');
  await type(modal.getByLabel('What is happening'), 'The peer is in acute distress at the drop-in.');
  await start(jordan);
  await jordan.context().close();

  const maria = await signInToTasklist(browser, 'maria');
  const ackName = 'Crisis: acknowledge Jordan Lee\'s crisis response for ' + peer;
  await openTaskFromFilter(maria, 'My tasks', ackName);
  const ackText = await formText(maria.locator('.task-details'), 'crisis acknowledgment form before the response');
  assert.match(ackText, /none ticked; Jordan Lee described the need as a crisis/);
  assert.match(ackText, /Not recorded yet: Jordan Lee is responding to the crisis now/);
  assert.match(ackText, /What the peer needs: A crisis/);
  await shot(maria, 'crisis-4-maria-before-response');
  // the required tick is caught by the form before anything is sent
  await maria.mouse.move(900, 100);
  await maria.locator('.task-details').getByRole('button', { name: 'Complete' }).click();
  await maria.locator('.task-details .fjs-form-field-error').first().waitFor();
  assert.ok(await openTaskNamed('maria', ackName), 'nothing was sent');
  await maria.locator('.task-details').getByLabel('I know about this crisis and I am reachable for the specialist').check();
  await complete(maria, ackName);
  await maria.context().close();
});
