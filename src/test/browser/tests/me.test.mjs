// /me, each person's own record, as people use it: alex opens /me, is sent to the sign-in page, signs in,
// sees this month and a signed session record in words, adds a continuing-education record by typing and
// clicking and sees it listed, and a bad entry is refused in words next to the form. maria sees her team
// and opens alex's record, without wellness data. robin gets the way to the dashboard, no one's record.
// Each page fits a 390 px phone and has no critical or serious axe-core finding.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openSignedIn, screenshot } from './browser.mjs';
import { assertAccessible } from './axe.mjs';
import { BASE, cycleAwaitingAlexsSignature } from './engine.mjs';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const today = new Date();
const TODAY_IN_WORDS = today.getDate() + ' ' + MONTHS[today.getMonth()] + ' ' + today.getFullYear();

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Precondition over REST: alex signs the session record maria wrote (the signing itself is Tasklist's test). */
async function signAsAlex(processInstanceId) {
  const auth = { Authorization: 'Basic ' + Buffer.from('alex:alex').toString('base64'), 'Content-Type': 'application/json' };
  const tasks = await (await fetch(BASE + '/engine-rest/task?processInstanceId=' + processInstanceId
    + '&taskDefinitionKey=Task_ReviewSessionRecord', { headers: auth })).json();
  assert.equal(tasks.length, 1, 'alex has the record to sign');
  const signed = await fetch(BASE + '/engine-rest/task/' + tasks[0].id + '/submit-form', { method: 'POST', headers: auth,
    body: JSON.stringify({ variables: { recordDecision: { value: 'ACKNOWLEDGE', type: 'String' },
      attestation: { value: true, type: 'Boolean' } } }) });
  assert.equal(signed.status, 204, await signed.text());
}

const ALEX = { Authorization: 'Basic ' + Buffer.from('alex:alex').toString('base64'), 'Content-Type': 'application/json' };
const MARIA = { Authorization: 'Basic ' + Buffer.from('maria:maria').toString('base64'), 'Content-Type': 'application/json' };
const str = (value) => ({ value, type: 'String' });

async function submitTask(headers, pid, key, variables) {
  const tasks = await (await fetch(BASE + '/engine-rest/task?processInstanceId=' + pid + '&taskDefinitionKey=' + key,
    { headers })).json();
  assert.equal(tasks.length, 1, 'one ' + key + ' task');
  const done = await fetch(BASE + '/engine-rest/task/' + tasks[0].id + '/submit-form', { method: 'POST', headers,
    body: JSON.stringify({ variables }) });
  assert.equal(done.status, 204, await done.text());
}

/** Precondition over REST: a reflection of alex's that maria reviewed with a support plan alex agreed. */
async function reviewedReflectionWithAPlan() {
  const started = await (await fetch(BASE + '/engine-rest/process-definition/key/disclosure-reflection/submit-form',
    { method: 'POST', headers: ALEX, body: JSON.stringify({ variables: {} }) })).json();
  const pid = started.id;
  const yesterday = new Date(Date.now() - 86400000).toISOString().slice(0, 10);
  await submitTask(ALEX, pid, 'Task_WriteReflection', {
    situationType: str('INTENTIONAL_SELF_DISCLOSURE'), situationDate: str(yesterday), peerCode: str('P-2077'),
    whatHappened: str('I told P-2077 about my first year in recovery, at length.'), purpose: str('INSTIL_HOPE'),
    needsServed: str('MINE'), peerResponse: str('They listened, then changed the subject.'),
    ownRecoveryDistress: { value: 2, type: 'Integer' }, recoveryEffect: str('Fine by the evening.'),
    wouldDoAgain: str('WITH_CHANGES'), doDifferently: str('Ask first what the peer needs (Ask-Share-Ask).'),
    wantFromSupervision: str('How much detail is enough?'), culturalHumility: str('Their family sees recovery as private.') });
  const inFourWeeks = new Date(Date.now() + 28 * 86400000).toISOString().slice(0, 10);
  await submitTask(MARIA, pid, 'Task_SupervisorReview', { feedback: str('Thank you for reflecting on this so openly.'),
    reviewOutcome: str('CORRECTIVE_PLAN'), correctivePlan: str('Use Ask-Share-Ask in every group for 4 weeks.'),
    planReviewDate: str(inFourWeeks) });
  await submitTask(ALEX, pid, 'Task_AgreeCorrectivePlan', { planAgreed: { value: true, type: 'Boolean' },
    specialistComment: str('Makes sense to me.') });
}

async function fitsAPhone(page, name) {
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, name + ': no horizontal scroll on a 390 px phone (' + overflow + ' px too wide)');
  await screenshot(page, name + '-phone');
}

test('alex sees their month and signed session in words, adds continuing education, and a bad entry is refused in words', async () => {
  const pid = await cycleAwaitingAlexsSignature({ sessionNotes: 'Talked through the gift card and the Tuesday group.' });
  await signAsAlex(pid);
  await reviewedReflectionWithAPlan();

  const page = await openSignedIn(browser, '/me', 'alex', { shot: 'me-sign-in' });
  await page.getByRole('heading', { name: 'My record', level: 1 }).waitFor();
  await page.getByText('Signed in as Alex Morgan').waitFor();

  const month = page.locator('#month');
  await month.getByText(/^(On track|Behind|Met for this month)$/).waitFor();
  assert.match(await month.textContent(), /What it asks for\d+ signed sessions and \d+ minutes a month/);

  const session = page.locator('#sessions article').filter({ hasText: 'Talked through the gift card and the Tuesday group.' }).first();
  await session.waitFor();
  const sessionText = await session.textContent();
  assert.match(sessionText, new RegExp('Session on ' + TODAY_IN_WORDS));
  for (const words of ['60 minutes', 'Individual', 'Boundaries', 'Intentional self-disclosure',
    'Sharing lived experiences of recovery', 'Practise Ask-Share-Ask in the Tuesday group (The specialist, by ']) {
    assert.ok(sessionText.includes(words), 'the session record says "' + words + '"');
  }
  const reflection = page.locator('#reflections article').filter({ hasText: 'at length' }).first();
  const reflectionText = await reflection.textContent();
  for (const words of ['Intentional self-disclosure on ', 'with P-2077', 'To instil hope', 'Mine', 'With some changes',
    'Thank you for reflecting on this so openly.', 'Support plan', 'Use Ask-Share-Ask in every group for 4 weeks.',
    'Makes sense to me.']) {
    assert.ok(reflectionText.includes(words), 'the reflection says "' + words + '"');
  }
  assert.ok(!/corrective/i.test(reflectionText), 'a support plan, never "corrective"');
  const everything = await page.locator('main').textContent();
  for (const code of ['SELF_DISCLOSURE', 'INDIVIDUAL', 'SHARING_LIVED_EXPERIENCE', 'ATTESTED', 'ON_TRACK', 'CORRECTIVE_PLAN', 'INSTIL_HOPE', 'MODERATE']) {
    assert.ok(!everything.includes(code), 'no code ' + code + ' on the page');
  }
  assert.ok(await page.getByRole('link', { name: 'Dashboard' }).isHidden(), 'a specialist is not shown the dashboard');
  await page.getByRole('link', { name: 'Tasklist: my tasks' }).waitFor();
  await screenshot(page, 'me-alex');

  // add continuing education by typing and clicking
  const topic = 'Trauma-informed peer support ' + Math.random().toString(36).slice(2, 6);
  await page.getByText('Add training or continuing education').click();
  const form = page.locator('#form-education');
  await form.getByLabel('Kind').selectOption({ label: 'Continuing education' });
  await form.getByLabel('Topic').fill(topic);
  await form.getByLabel('Provider').fill('State peer network');
  await form.getByLabel('Completed on').fill(new Date(Date.now() - 2 * 86400000).toISOString().slice(0, 10));
  await form.getByLabel('Hours').fill('3');
  await form.getByRole('button', { name: 'Add' }).click();
  await form.getByText('is recorded').waitFor();
  const added = page.locator('#education .card').filter({ hasText: topic });
  await added.waitFor();
  assert.match(await added.textContent(), /KindContinuing education.*Hours3 hours/);
  const cards = await page.locator('#education .card').count();

  // a bad entry: the message names the field by its label, in words, and nothing is added
  await page.locator('#add-education').evaluate((d) => { d.open = true; });
  await form.getByLabel('Kind').selectOption({ label: 'Training' });
  await form.getByLabel('Topic').fill('Boundaries refresher');
  await form.getByLabel('Provider').fill('State peer network');
  await form.getByLabel('Completed on').fill(new Date().toISOString().slice(0, 10));
  await form.getByLabel('Hours').fill('a whole afternoon');
  await form.getByRole('button', { name: 'Add' }).click();
  const message = form.getByRole('alert');
  await message.getByText('Not saved').waitFor();
  assert.match(await message.textContent(), /Hours: must be a number of hours from 0\.25 to 200/);
  assert.equal(await form.getByLabel('Hours').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('#education .card').count(), cards, 'nothing was added');
  await screenshot(page, 'me-alex-refused');

  await assertAccessible(page, '/me as alex');
  await fitsAPhone(page, 'me-alex');
  await page.context().close();
});

test('maria sees her team and opens alex\'s record without wellness data', async () => {
  const page = await openSignedIn(browser, '/me', 'maria');
  await page.getByRole('heading', { name: 'My team' }).waitFor();
  await page.getByRole('heading', { name: 'My caseload' }).waitFor();
  assert.match(await page.locator('#caseload').textContent(), /You supervise \d+ (person|people) of at most \d+\./);
  await page.getByRole('heading', { name: 'My peer-supervisor training' }).waitFor();
  await page.getByRole('link', { name: 'Dashboard' }).waitFor();
  assert.ok(await page.getByRole('heading', { name: 'My wellness plans' }).isHidden(), 'no wellness section for a supervisor');

  await page.getByRole('button', { name: 'Open Alex Morgan\'s record' }).click();
  const member = page.locator('#member');
  await member.getByRole('heading', { name: 'Signed session records' }).waitFor();
  await member.locator('article').first().waitFor();
  const text = await member.textContent();
  assert.match(text, /their wellness answers and plans are left out\./);
  const shown = text.replace(/their wellness answers and plans are left out\./, '').replace(/Own recovery and wellness/g, '');
  assert.ok(!/wellness/i.test(shown), 'no wellness data in alex\'s record for maria');
  assert.ok(!/Steady, using my own supports/.test(text), 'not alex\'s own-recovery answer');
  await screenshot(page, 'me-maria');
  await assertAccessible(page, '/me as maria');
  await fitsAPhone(page, 'me-maria');
  await page.context().close();
});

test('robin the program lead gets the way to the dashboard and no one\'s record', async () => {
  const page = await openSignedIn(browser, '/me', 'robin');
  await page.getByRole('heading', { name: 'Your pages' }).waitFor();
  await page.locator('#lead').getByRole('link', { name: 'Dashboard' }).waitFor();
  assert.ok(await page.locator('#specialist').isHidden());
  assert.ok(await page.locator('#supervisor').isHidden());
  await screenshot(page, 'me-robin');
  await assertAccessible(page, '/me as robin');
  await page.context().close();
});
