// A referral to licensed care as people do it in Tasklist: jordan raises a scope check about medication
// from "Start process"; maria decides to refer, reading the need and the situation in words; jordan
// records the peer's consent, hands the peer over, and after the appointment (its timer run by REST,
// the only set-up) says how it went. Every step by typing and clicking.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signInToTasklist } from './browser.mjs';
import { assertAccessible } from './axe.mjs';
import { choose, complete, type, formText, newPeerCode, openStartForm, openTaskFromFilter, openTaskNamed, rest, shot,
  start, typeDate, waitUntil } from './flows.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

test('a referral from a scope check through consent, warm handoff and follow-up', async () => {
  const peer = newPeerCode();
  let jordan = await signInToTasklist(browser, 'jordan', { name: 'Jordan Lee' });
  const modal = await openStartForm(jordan, 'Scope check');
  await type(modal.getByLabel('Peer code'), peer);
  await choose(modal, 'What the peer needs', 'A question about medication');
  await type(modal.getByLabel('What is happening'), 'Wants to stop their medication without telling the prescriber.');
  await start(jordan);
  await jordan.context().close();

  // maria decides, with the need and the table's answer in words
  const decideName = 'Decide on Jordan Lee\'s scope check for ' + peer;
  const maria = await signInToTasklist(browser, 'maria');
  await openTaskFromFilter(maria, 'My tasks', decideName);
  const decide = maria.locator('.task-details');
  const decideText = await formText(decide, 'scope decision form');
  assert.match(decideText, /What the peer needs: A question about medication/);
  assert.match(decideText, /Wants to stop their medication without telling the prescriber\./);
  assert.match(decideText, /The scope-of-practice table says: refer to licensed care\. Advice on medication is outside peer scope/);
  await assertAccessible(maria, 'the scope decision form', { include: '.task-details .fjs-container' });
  await decide.getByLabel('Refer to licensed care').check();
  await shot(maria, 'referral-1-maria-decides');
  await complete(maria, decideName);
  await maria.context().close();

  // jordan: the peer's consent
  jordan = await signInToTasklist(browser, 'jordan', { name: 'Jordan Lee' });
  const consentName = 'Referral for ' + peer + ': record the peer\'s consent to share information';
  await openTaskFromFilter(jordan, 'My tasks', consentName);
  const consent = jordan.locator('.task-details');
  const consentText = await formText(consent, 'consent form');
  assert.match(consentText, /What the peer needs: A question about medication\. Your supervisor Maria Alvarez decided to refer/);
  await consent.getByLabel('The peer consents').check();
  await type(consent.getByLabel('Who may disclose'), 'Riverside Peer Support Program');
  await type(consent.getByLabel('To whom'), 'Riverside Psychiatry Clinic');
  await type(consent.getByLabel('What information'), 'The medication question and contact details');
  await type(consent.getByLabel('For what purpose'), 'An appointment with a prescriber');
  await typeDate(consent, 'Consent valid until', day(90));
  await consent.getByLabel('The peer was told they can revoke this consent in writing at any time').check();
  await typeDate(consent, 'Date signed', day(0));
  await type(consent.getByLabel('Reference of the signed consent form'), 'CONSENT-' + peer);
  await shot(jordan, 'referral-2-jordan-consent');
  await complete(jordan, consentName);

  // the handoff shows what the peer consented to
  const handoffName = 'Referral for ' + peer + ': hand the peer over to licensed care (warm handoff)';
  await openTaskFromFilter(jordan, 'My tasks', handoffName);
  const handoff = jordan.locator('.task-details');
  const handoffText = await formText(handoff, 'handoff form');
  assert.match(handoffText, /To whom: Riverside Psychiatry Clinic/);
  assert.match(handoffText, /What information: The medication question and contact details/);
  assert.match(handoffText, /Valid until: \d{1,2} [A-Z][a-z]{2} \d{4}/);
  await choose(handoff, 'Kind of provider', 'Psychiatry');
  await handoff.getByLabel('Joint call with the peer').check();
  await typeDate(handoff, 'Appointment date', day(2));
  await type(handoff.getByLabel('Note'), 'Joint call went well; peer chose Tuesday.');
  await shot(jordan, 'referral-3-jordan-handoff');
  await complete(jordan, handoffName);
  await jordan.context().close();

  // set-up only: the appointment date passes (admin runs the follow-up timer)
  const pid = (await rest('admin', 'GET', '/engine-rest/process-instance?processDefinitionKey=licensed-care-referral&variables=peerCode_eq_' + peer))[0].id;
  let timer;
  await waitUntil(async () => (timer = (await rest('admin', 'GET', '/engine-rest/job?processInstanceId=' + pid))[0]), 'the follow-up waits');
  await rest('admin', 'POST', '/engine-rest/job/' + timer.id + '/execute');

  jordan = await signInToTasklist(browser, 'jordan', { name: 'Jordan Lee' });
  const followUpName = 'Referral for ' + peer + ': ask how the appointment went';
  await openTaskFromFilter(jordan, 'My tasks', followUpName);
  const followUp = jordan.locator('.task-details');
  const followUpText = await formText(followUp, 'follow-up form');
  assert.match(followUpText, /Provider: Psychiatry · How: joint call with the peer · Appointment: \d{1,2} [A-Z][a-z]{2} \d{4}/);
  assert.match(followUpText, /Your handoff note: Joint call went well; peer chose Tuesday\./);
  await followUp.getByLabel('Connected', { exact: true }).check();
  await shot(jordan, 'referral-4-jordan-follow-up');
  await complete(jordan, followUpName);
  await waitUntil(async () => (await rest('admin', 'GET', '/engine-rest/process-instance?processInstanceIds=' + pid)).length === 0,
    'the referral ends connected');
  assert.equal(await openTaskNamed('jordan', followUpName), undefined);
  await jordan.context().close();
});
