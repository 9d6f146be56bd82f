// The forms no other browser test clicks through, each as its person does it: the work before it is set
// up over REST (the only set-up), then the person signs in, finds the task in a filter, reads it (words,
// no codes), types and clicks, completes. Covers the wellness plan and its confirmation, the support plan
// a specialist agrees, the wellness supports after a hard reflection, the ethics consultation, the
// mandatory report after a crisis, and a certification reminder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signInToTasklist, openSignedIn } from './browser.mjs';
import { assertAccessible } from './axe.mjs';
import { choose, complete, type, formText, newPeerCode, openTaskFromFilter, rest, shot, typeDate } from './flows.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const str = (value) => ({ value, type: 'String' });
const json = (value) => ({ value: JSON.stringify(value), type: 'Json' });

async function submit(user, pid, key, variables) {
  const [task] = await rest(user, 'GET', '/engine-rest/task?processInstanceId=' + pid + '&taskDefinitionKey=' + key);
  assert.ok(task, 'an open ' + key);
  await rest(user, 'POST', '/engine-rest/task/' + task.id + '/submit-form', { variables });
}

/** Opens the task, reads it for codes and with axe-core; answers the form. */
async function open(page, filter, name, what) {
  await openTaskFromFilter(page, filter, name);
  const form = page.locator('.task-details');
  const text = await formText(form, what);
  assert.match(text, /What happens next:/, what + ' says what happens next');
  await assertAccessible(page, what, { include: '.task-details .fjs-container' });
  return form;
}

const RATINGS = ['competencyEngaging', 'competencySupport', 'competencySharingExperience', 'competencyPersonalizing',
  'competencyRecoveryPlanning', 'competencyLinking', 'competencyInformation', 'competencyCrises',
  'competencyCommunication', 'competencyCollaboration', 'competencyLeadership', 'competencyGrowth'];

test('maria and alex agree a wellness support plan after a session with a wellness concern', async () => {
  const started = await rest('maria', 'POST', '/engine-rest/process-definition/key/supervision-cycle/submit-form',
    { variables: { specialistId: str('alex') } });
  const pid = started.id;
  await submit('maria', pid, 'Task_AssignPrompts', { reflectionPrompts: json(['OWN_RECOVERY']), reflectionDueDate: str(day(7)) });
  const reflection = { ownRecoveryAnswer: str('A hard week: my sponsor moved away.'),
    disclosureSummary: str('None this time.'), wellnessSelfRating: str('2') };
  for (const rating of RATINGS) reflection[rating] = { value: 3, type: 'Integer' };
  await submit('alex', pid, 'Task_CompleteReflection', reflection);
  await submit('maria', pid, 'Task_RecordSession', { sessionDate: str(day(0)), durationMinutes: { value: 45, type: 'Integer' },
    sessionFormat: str('INDIVIDUAL'), topics: json(['OWN_RECOVERY_AND_WELLNESS']), competenciesDiscussed: json([]),
    actionItems: json([]), sessionNotes: str('Talked about supports while the sponsor is away.'),
    wellnessConcern: { value: true, type: 'Boolean' } });
  await submit('alex', pid, 'Task_ReviewSessionRecord', { recordDecision: str('ACKNOWLEDGE'),
    attestation: { value: true, type: 'Boolean' } });

  const maria = await signInToTasklist(browser, 'maria');
  let form = await open(maria, 'My tasks', 'Agree a wellness support plan with Alex Morgan', 'the wellness plan form');
  await type(form.getByLabel(/^The plan you agreed/), 'Fewer evening groups for a month; a weekly check-in.');
  await typeDate(form, 'When you will look at it together again', day(30));
  await shot(maria, 'tour-wellness-plan');
  await complete(maria, 'Agree a wellness support plan with Alex Morgan');
  await maria.context().close();

  const alex = await signInToTasklist(browser, 'alex');
  form = await open(alex, 'My tasks', 'Confirm your wellness support plan', 'the plan confirmation form');
  assert.match(await form.innerText(), /Fewer evening groups for a month; a weekly check-in\./);
  await form.getByLabel(/^This is the plan we agreed/).check();
  await type(form.getByLabel(/^Anything you want to add/), 'Thank you, the weekly check-in helps.');
  await shot(alex, 'tour-wellness-plan-confirm');
  await complete(alex, 'Confirm your wellness support plan');
  await alex.context().close();
});

/** alex's reflection on a disclosure, then maria's review with the outcome over REST. */
async function reflectionReviewed(outcome, extra, distress = 2) {
  const started = await rest('alex', 'POST', '/engine-rest/process-definition/key/disclosure-reflection/submit-form',
    { variables: {} });
  const pid = started.id;
  await submit('alex', pid, 'Task_WriteReflection', {
    situationType: str('INTENTIONAL_SELF_DISCLOSURE'), situationDate: str(day(-1)), peerCode: str(newPeerCode()),
    whatHappened: str('I told the peer about my first year in recovery, at length.'), purpose: str('INSTIL_HOPE'),
    needsServed: str('MINE'), peerResponse: str('They listened, then changed the subject.'),
    ownRecoveryDistress: { value: distress, type: 'Integer' }, recoveryEffect: str('Tired in the evening.'),
    wouldDoAgain: str('WITH_CHANGES'), doDifferently: str('Ask first what the peer needs.'),
    wantFromSupervision: str('How much detail is enough?'), culturalHumility: str('Their family sees recovery as private.') });
  if (outcome) {
    await submit('maria', pid, 'Task_SupervisorReview', { feedback: str('Thank you for reflecting on this so openly.'),
      reviewOutcome: str(outcome), ...extra });
  }
  return pid;
}

test('alex agrees a support plan; robin answers an ethics consultation; alex is offered wellness supports', async () => {
  await reflectionReviewed('CORRECTIVE_PLAN', { correctivePlan: str('Use Ask-Share-Ask in every group for 4 weeks.'),
    planReviewDate: str(day(28)) });
  await reflectionReviewed('ETHICS_CONSULTATION', {});
  await reflectionReviewed(null, {}, 8);

  const alex = await signInToTasklist(browser, 'alex');
  let form = await open(alex, 'My tasks', 'Agree your support plan', 'the support plan form');
  assert.match(await form.innerText(), /Use Ask-Share-Ask in every group for 4 weeks\./);
  assert.doesNotMatch(await form.innerText(), /corrective/i);
  await form.getByLabel('I agree this plan').check();
  await type(form.getByLabel(/^Your comment/), 'Makes sense to me.');
  await shot(alex, 'tour-support-plan');
  await complete(alex, 'Agree your support plan');

  form = await open(alex, 'My tasks', 'Wellness supports for you', 'the wellness supports form');
  await form.getByLabel('My own recovery supports (sponsor, counsellor, peers)').check();
  await type(form.getByLabel(/^Anything you want your supervisor to know/), 'I will call my sponsor tonight.');
  await shot(alex, 'tour-wellness-supports');
  await complete(alex, 'Wellness supports for you');
  await alex.context().close();

  const robin = await signInToTasklist(browser, 'robin');
  const name = 'Ethics consultation for Maria Alvarez: Intentional self-disclosure (Alex Morgan)';
  form = await open(robin, 'Program follow-ups', name, 'the ethics consultation form');
  assert.doesNotMatch(await form.innerText(), /first year in recovery, at length/, 'program leads never read the text');
  await form.getByLabel('Guidance given to the supervisor').check();
  await type(form.getByLabel(/^Note/), 'Talked through Ask-Share-Ask with Maria.');
  await shot(robin, 'tour-ethics-consultation');
  await complete(robin, name);
  await robin.context().close();
});

test('jordan records the mandatory report of a crisis in which abuse was disclosed', async () => {
  const peer = newPeerCode();
  await rest('jordan', 'POST', '/engine-rest/process-definition/key/scope-check/submit-form', {
    variables: { peerCode: str(peer), requestCategory: str('CRISIS'), needUnclear: { value: false, type: 'Boolean' },
      riskIndicators: json(['ABUSE_OR_NEGLECT_DISCLOSED']),
      scopeDescription: str('Told me their partner hurts them; the children are in the house.') } });
  const jordan = await signInToTasklist(browser, 'jordan');
  const name = 'Crisis: make the mandatory report for ' + peer + ' and record it';
  const form = await open(jordan, 'My tasks', name, 'the mandatory report form');
  await choose(form, 'Who made the report', 'I did');
  await choose(form, 'To which agency', 'Child protective services');
  await typeDate(form, 'Date of the report', day(0));
  await type(form.getByLabel(/^The agency's reference number/), 'CPS-2026-4411');
  await shot(jordan, 'tour-mandatory-report');
  await complete(jordan, name);
  await jordan.context().close();
});

test('jordan reads and closes a certification reminder', async () => {
  const me = await openSignedIn(browser, '/me', 'jordan');
  const credential = 'Recovery Coach ' + Math.random().toString(36).slice(2, 7);
  const add = me.locator('#form-certification');
  if (!(await add.isVisible())) await me.getByText('Add a certification').click();
  await type(add.getByLabel(/^Credential \*$/), credential);
  await type(add.getByLabel('Issuing body'), 'State Peer Certification Board');
  await type(add.getByLabel('Credential number'), 'RC-' + Math.random().toString(36).slice(2, 7));
  await add.getByLabel('Stage').selectOption({ index: 1 });
  await add.getByLabel('Issued on').fill(day(-700));
  await add.getByLabel('Expires on').fill(day(30)); // the 30-day reminder is due today
  await add.getByRole('button', { name: 'Add certification' }).click();
  await me.locator('#certifications').getByText(credential).waitFor();
  await me.context().close();

  const jordan = await signInToTasklist(browser, 'jordan');
  const [reminder] = await rest('jordan', 'GET', '/engine-rest/task?taskDefinitionKey=Task_SpecialistReminder'
    + '&processVariables=credentialName_eq_' + encodeURIComponent(credential));
  assert.ok(reminder, 'a reminder is open');
  await openTaskFromFilter(jordan, 'My tasks', reminder.name, { taskId: reminder.id });
  const form = jordan.locator('.task-details');
  await formText(form, 'the certification reminder');
  await assertAccessible(jordan, 'the certification reminder', { include: '.task-details .fjs-container' });
  await shot(jordan, 'tour-certification-reminder');
  await complete(jordan, reminder.name);
  await jordan.context().close();
});
