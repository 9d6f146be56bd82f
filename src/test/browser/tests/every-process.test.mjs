// The processes the other browser tests do not walk, as their people walk them: jordan records two
// certifications on /me, renews one and will not renew the other in Tasklist, and robin follows that up;
// jordan submits supervised work hours, maria returns them, jordan corrects them, maria signs them off;
// robin audits a period and asks david for a follow-up, which david does. Every task is found in a filter
// and completed by typing and clicking; each form is read for codes and checked with axe-core, so that
// one form of every process has been looked at (the rest are in the other files).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openSignedIn, signInToTasklist, screenshot } from './browser.mjs';
import { openTaskFromFilter, typeDate, choose, complete, completed, codesIn } from './tasklist.mjs';
import { assertAccessible } from './axe.mjs';
import { type } from './flows.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const shown = (iso) => new Date(iso + 'T12:00:00Z').toLocaleDateString('en-GB',
  { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).replace('Sept', 'Sep');
const suffix = () => Math.random().toString(36).slice(2, 7);

/** The form reads in words (no codes, no ISO dates) and has no critical or serious axe-core finding. */
async function inWordsAndAccessible(page, form, what) {
  const text = await form.innerText();
  assert.deepEqual(codesIn(text), [], what + ' shows codes:\n' + text);
  assert.doesNotMatch(text, /\b\d{4}-\d\d-\d\d\b/, what + ' shows a date as digits:\n' + text);
  await assertAccessible(page, what, { include: '.fjs-container' });
  return text;
}

/** Opens the start dialog, chooses the process and answers its start form. */
async function startProcess(page, name) {
  await page.getByRole('link', { name: /Start process/ }).first().click();
  await page.locator('.modal-body a', { hasText: name }).first().click();
  const form = page.locator('.modal-body .fjs-container');
  await form.waitFor();
  return form;
}

async function addCertification(page, credential, expiresOn) {
  const form = page.locator('#form-certification');
  if (!(await form.isVisible())) await page.getByText('Add a certification').click();
  await type(form.getByLabel(/^Credential \*$/), credential);
  await type(form.getByLabel('Issuing body'), 'State Peer Certification Board');
  await type(form.getByLabel('Credential number'), 'CPS-' + suffix());
  await form.getByLabel('Stage').selectOption({ index: 1 });
  await type(form.getByLabel('Issued on'), day(-700));
  await type(form.getByLabel('Expires on'), expiresOn);
  await form.getByRole('button', { name: 'Add certification' }).click();
  await page.locator('#certifications').getByText(credential).waitFor();
}

test('jordan renews one certification and will not renew another; robin follows up the one not renewed', async () => {
  const renewed = 'Certified Peer Specialist ' + suffix();
  const dropped = 'Family Peer Advocate ' + suffix();
  const me = await openSignedIn(browser, '/me', 'jordan');
  await addCertification(me, renewed, day(30));
  await addCertification(me, dropped, day(45));
  await screenshot(me, 'every-certifications-added');
  await me.context().close();

  // inside the renewal window: a renewal task for each, at once
  const jordan = await signInToTasklist(browser, 'jordan');
  let form = await openTaskFromFilter(jordan, 'My tasks', 'Renew your certification (' + renewed + ', expires ' + shown(day(30)) + ')');
  await inWordsAndAccessible(jordan, form, 'the renewal form');
  await form.getByLabel('I have renewed this certification').check();
  // a new expiry before the current one: the server refuses it, in words, and nothing is saved
  await typeDate(form, 'New expiry date', day(20));
  await type(form.getByLabel(/^What shows the renewal/), 'Renewal letter from the board, received by e-mail.');
  await complete(jordan);
  const refusal = jordan.locator('.page-notifications', { hasText: 'Not saved' }).first();
  await refusal.waitFor();
  const refused = await refusal.innerText();
  assert.ok(refused.includes('New expiry date: must be after the current expiry (shown above)'), refused);
  assert.doesNotMatch(refused, /[0-9a-f]{8}-[0-9a-f]{4}|certification-renewal|newExpiresOn|error happened/i, refused);
  await screenshot(jordan, 'every-renewal-refused');
  await typeDate(form, 'New expiry date', day(30 + 730));
  await complete(jordan, 'every-renewal');
  await completed(jordan);

  form = await openTaskFromFilter(jordan, 'My tasks', 'Renew your certification (' + dropped + ', expires ' + shown(day(45)) + ')');
  await form.getByLabel('I will not renew this certification').check();
  await complete(jordan, 'every-not-renewing');
  await completed(jordan);
  await jordan.context().close();

  // robin, a program lead, is asked to follow it up: in words, with the date in words
  const robin = await signInToTasklist(browser, 'robin');
  form = await openTaskFromFilter(robin, 'Program follow-ups', 'Certification will not be renewed: Jordan Lee');
  const text = await inWordsAndAccessible(robin, form, 'the program lead\'s follow-up form');
  assert.ok(text.includes("'" + dropped + "' (it expires on " + shown(day(45)) + ')'), text);
  await form.getByLabel('Spoke with the supervisor').check();
  await type(form.getByLabel(/^Note/), 'Jordan moves to the family program in the spring.');
  await complete(robin, 'every-program-follow-up');
  await completed(robin);
  await robin.context().close();

  // the renewed certification shows its new expiry on /me
  const after = await openSignedIn(browser, '/me', 'jordan');
  const card = after.locator('#certifications .card').filter({ hasText: renewed });
  await card.getByText(shown(day(30 + 730))).waitFor();
  await after.context().close();
});

test('jordan submits work hours, maria returns them, jordan corrects them and maria signs them off', async () => {
  const jordan = await signInToTasklist(browser, 'jordan');
  let form = await startProcess(jordan, 'Supervised work hours sign-off');
  await inWordsAndAccessible(jordan, form, 'the work hours start form');
  const row = form.locator('.fjs-repeat-row-container').first();
  await typeDate(row, 'Day worked', day(-1));
  await type(row.getByLabel(/^Supervised hours/), '3');
  await choose(row, 'Activity', 'Group facilitation');
  await screenshot(jordan, 'every-hours-start');
  await jordan.getByRole('button', { name: 'Start' }).click();
  await jordan.getByText('The process has been started.').waitFor();

  const maria = await signInToTasklist(browser, 'maria');
  form = await openTaskFromFilter(maria, 'My tasks', "Sign off Jordan Lee's supervised work hours");
  let text = await inWordsAndAccessible(maria, form, 'the work hours sign-off form');
  assert.ok(text.includes(shown(day(-1))) && /group facilitation/i.test(text), 'maria sees the day and activity:\n' + text);
  await form.getByLabel('Return them for a correction').check();
  await type(form.getByLabel(/^What should be corrected/), 'The group ran for two hours that day.');
  await complete(maria, 'every-hours-return');
  await completed(maria);

  form = await openTaskFromFilter(jordan, 'My tasks', 'Correct your supervised work hours');
  text = await inWordsAndAccessible(jordan, form, 'the work hours correction form');
  assert.ok(text.includes('The group ran for two hours that day.'), 'jordan reads why:\n' + text);
  await form.getByLabel('Correct and resubmit').check();
  const corrected = form.locator('.fjs-repeat-row-container').first();
  await type(corrected.getByLabel(/^Supervised hours/), '2');
  await complete(jordan, 'every-hours-correct');
  await completed(jordan);
  await jordan.context().close();

  form = await openTaskFromFilter(maria, 'My tasks', "Sign off Jordan Lee's supervised work hours");
  text = await form.innerText();
  assert.match(text, /\b2 hours?\b/, 'the corrected hours:\n' + text);
  await form.getByLabel('I sign off these hours as supervised work').check();
  await complete(maria, 'every-hours-sign-off');
  await completed(maria);
  await maria.context().close();
});

test('robin audits a period and asks david for a follow-up, which david does', async () => {
  const robin = await signInToTasklist(browser, 'robin');
  let form = await startProcess(robin, 'Scope-compliance audit');
  await typeDate(form, 'First day', day(-30));
  await typeDate(form, 'Last day', day(-1));
  await robin.getByRole('button', { name: 'Start' }).click();
  await robin.getByText('The process has been started.').waitFor();

  const period = shown(day(-30)) + ' to ' + shown(day(-1));
  form = await openTaskFromFilter(robin, 'Program follow-ups', 'Review the scope audit of ' + period);
  await inWordsAndAccessible(robin, form, 'the audit review form');
  const finding = form.locator('.fjs-repeat-row-container').first();
  await choose(finding, 'About', 'Referral follow-through');
  await type(finding.getByLabel(/^Finding/), 'Two referrals have no follow-up recorded after the appointment.');
  await choose(finding, 'Follow-up by (optional)', 'David Chen');
  await type(finding.getByLabel(/^What the supervisor is asked to do/), 'Record how the two appointments went.');
  await typeDate(finding, 'Due by', day(14));
  await complete(robin, 'every-audit-findings');
  await completed(robin);
  await robin.context().close();

  const david = await signInToTasklist(browser, 'david');
  form = await openTaskFromFilter(david, 'My tasks', 'Audit follow-up for ' + period);
  const text = await inWordsAndAccessible(david, form, 'the audit follow-up form');
  assert.ok(text.includes('Record how the two appointments went.'), text);
  await form.getByLabel('Done').check();
  await type(form.getByLabel(/^Note for the program lead/), 'Both recorded; one peer is connected.');
  await complete(david, 'every-audit-follow-up');
  await completed(david);
  await david.context().close();
});
