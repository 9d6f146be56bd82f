// A high-risk disclosure reflection as people do it in Tasklist: jordan starts a reflection from "Start
// process", writes it by typing and clicking; maria finds the review in her list, reads jordan's
// reflection in words (their own words kept as plain text) and gives a coaching note.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signInToTasklist } from './browser.mjs';
import { assertAccessible } from './axe.mjs';
import { choose, complete, type, formText, newPeerCode, openStartForm, openTaskFromFilter, openTaskNamed, rest, shot, start,
  typeDate, waitUntil } from './flows.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const WRITE = 'Reflect on a disclosure or boundary situation';

async function openReflections(user) {
  return (await rest(user, 'GET', '/engine-rest/task?assignee=' + user + '&name=' + encodeURIComponent(WRITE))).map((t) => t.id);
}

test('jordan writes a high-risk reflection; maria reviews it in words and gives a coaching note', async () => {
  const peer = newPeerCode();
  const today = new Date().toISOString().slice(0, 10);
  const before = await openReflections('jordan');

  const jordan = await signInToTasklist(browser, 'jordan', { name: 'Jordan Lee' });
  const modal = await openStartForm(jordan, 'Disclosure and boundary reflection');
  const startText = await formText(modal, 'reflection start form');
  assert.match(startText, /your reflection form then opens under My tasks/);
  await shot(jordan, 'reflection-1-jordan-starts');
  await start(jordan);

  let mine;
  await waitUntil(async () => { mine = (await openReflections('jordan')).find((id) => !before.includes(id)); return mine; },
    'jordan has the new reflection');
  await openTaskFromFilter(jordan, 'My tasks', WRITE, { taskId: mine });
  const form = jordan.locator('.task-details');
  const reflectionText = await formText(form, 'reflection form');
  assert.match(reflectionText, /P- followed by 3 to 8 digits, for example P-1042/);
  await choose(form, 'What kind of situation was it?', 'Request for money or a loan');
  await typeDate(form, 'When did it happen?', today);
  await type(form.getByLabel('The peer\'s code'), peer);
  await type(form.getByLabel('What did you share, or what happened?'), 'Lent them **$20** [for the bus](http://example.org) after group.');
  await form.getByLabel('The peer\'s', { exact: true }).check();
  await type(form.getByLabel('How did the peer respond?'), 'Grateful; promised to pay it back on Friday.');
  await type(form.getByLabel('How much did it stir up for you?'), '3');
  await form.getByLabel('With some changes').check();
  await type(form.getByLabel('What would you do differently?'), 'Point them to the bus-fare fund instead.');
  await type(form.getByLabel('What do you want from supervision about this?'), 'How to say no kindly next time.');
  await shot(jordan, 'reflection-2-jordan-writes');
  await complete(jordan, WRITE);
  await jordan.context().close();

  // the review: high risk, in words, first by priority
  const reviewName = 'Review Jordan Lee\'s reflection: Request for money or a loan with ' + peer + ', high risk';
  let review;
  await waitUntil(async () => (review = await openTaskNamed('maria', reviewName)), 'maria has the review');
  assert.equal(review.priority, 80, 'a high-risk review sorts above routine work');

  const maria = await signInToTasklist(browser, 'maria');
  await openTaskFromFilter(maria, 'My tasks', reviewName);
  const rev = maria.locator('.task-details');
  const reviewText = await formText(rev, 'review form');
  const shown = new Date(today + 'T00:00:00Z').toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .replace('Sept', 'Sep');
  assert.match(reviewText, new RegExp('Request for money or a loan on ' + shown + ' with peer ' + peer));
  assert.match(reviewText, /Assessed risk: high\./);
  // jordan's own words, as plain text: no bold, no link
  assert.match(reviewText, /Lent them \*\*\$20\*\* \[for the bus\]\(http:\/\/example\.org\) after group\./);
  assert.equal(await rev.locator('.fjs-form-field-text a, .fjs-form-field-text strong:has-text("$20")').count(), 0, 'no link, no bold from jordan\'s words');
  assert.match(reviewText, /Whose needs it served: the peer's/);
  assert.match(reviewText, /How much it stirred up: 3 out of 10/);
  assert.match(reviewText, /Would do it the same way again: with some changes/);
  assert.match(reviewText, /What they would do differently: Point them to the bus-fare fund instead\./);
  assert.match(reviewText, /What they want from supervision: How to say no kindly next time\./);
  assert.doesNotMatch(reviewText, /What it was for/, 'no purpose for a situation that is not a self-disclosure');
  await assertAccessible(maria, 'the reflection review form', { include: '.task-details .fjs-container' });

  await type(rev.getByLabel('Your feedback to the specialist'), 'You cared for the peer; the fund is the kinder route for both of you.');
  await rev.getByRole('radio', { name: 'Coaching note' }).check();
  // the coaching note is required only for this outcome, and marked when it shows
  const note = rev.locator('.fjs-form-field-textarea', { hasText: 'Coaching note' });
  assert.equal(await note.locator('.fjs-asterix').count(), 1, 'the coaching note is marked as required');
  await type(rev.getByRole('textbox', { name: 'Coaching note' }), 'Practise a kind no; talk through the fund at the next session.');
  const reviewTextWithChoice = await formText(rev, 'review form with the outcome chosen');
  assert.match(reviewTextWithChoice, /Coaching note/);
  await shot(maria, 'reflection-3-maria-reviews');
  await complete(maria, reviewName);
  await waitUntil(async () => (await rest('maria', 'GET', '/engine-rest/task?processInstanceId=' + review.processInstanceId)).length === 0,
    'the reflection closes with the coaching note');
  await maria.context().close();
});
