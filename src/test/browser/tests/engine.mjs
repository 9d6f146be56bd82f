// Sets up work through the product's REST API as the demo users (password = user name), the way
// another client would, so that the browser tests start from a real open task.
const BASE = process.env.BASE_URL || 'http://127.0.0.1:18080';

function auth(user) {
  return 'Basic ' + Buffer.from(user + ':' + user).toString('base64');
}

async function call(user, method, path, body) {
  const response = await fetch(BASE + path, {
    method,
    headers: { Authorization: auth(user), 'Content-Type': 'application/json', Accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body)
  });
  const text = await response.text();
  if (!response.ok) throw new Error(method + ' ' + path + ' as ' + user + ': ' + response.status + ' ' + text);
  return text ? JSON.parse(text) : null;
}

const string = (value) => ({ value, type: 'String' });
const json = (value) => ({ value: JSON.stringify(value), type: 'Json' });

async function taskOf(user, processInstanceId, taskDefinitionKey) {
  const tasks = await call(user, 'GET', '/engine-rest/task?processInstanceId=' + processInstanceId
      + '&taskDefinitionKey=' + taskDefinitionKey);
  if (tasks.length !== 1) throw new Error('expected one ' + taskDefinitionKey + ' task, found ' + tasks.length);
  return tasks[0];
}

async function submit(user, processInstanceId, taskDefinitionKey, variables) {
  const task = await taskOf(user, processInstanceId, taskDefinitionKey);
  await call(user, 'POST', '/engine-rest/task/' + task.id + '/submit-form', { variables });
}

const RATINGS = ['competencyEngaging', 'competencySupport', 'competencySharingExperience', 'competencyPersonalizing',
  'competencyRecoveryPlanning', 'competencyLinking', 'competencyInformation', 'competencyCrises',
  'competencyCommunication', 'competencyCollaboration', 'competencyLeadership', 'competencyGrowth'];

/**
 * A supervision cycle of maria with alex, up to alex's "Review and sign your session record": answers
 * the process instance id. sessionNotes: what maria writes as the session's notes.
 */
export async function cycleAwaitingAlexsSignature({ sessionNotes = 'Talked through the gift.' } = {}) {
  const today = new Date().toISOString().slice(0, 10);
  const inAWeek = new Date(Date.now() + 7 * 86400000).toISOString().slice(0, 10);
  const started = await call('maria', 'POST', '/engine-rest/process-definition/key/supervision-cycle/submit-form',
      { variables: { specialistId: string('alex') } });
  const pid = started.id;
  await submit('maria', pid, 'Task_AssignPrompts', {
    reflectionPrompts: json(['BOUNDARIES', 'OWN_RECOVERY']), reflectionDueDate: string(inAWeek) });
  const reflection = {
    boundariesAnswer: string('A peer offered a gift card; I thanked them and declined.'),
    ownRecoveryAnswer: string('Steady, using my own supports.'),
    disclosureSummary: string('Shared briefly about my first year in recovery (Ask-Share-Ask).'),
    wellnessSelfRating: string('4')
  };
  for (const rating of RATINGS) reflection[rating] = { value: 3, type: 'Integer' };
  await submit('alex', pid, 'Task_CompleteReflection', reflection);
  await submit('maria', pid, 'Task_RecordSession', {
    sessionDate: string(today), durationMinutes: { value: 60, type: 'Integer' }, sessionFormat: string('INDIVIDUAL'),
    topics: json(['BOUNDARIES', 'SELF_DISCLOSURE']), competenciesDiscussed: json(['SHARING_LIVED_EXPERIENCE']),
    actionItems: json([{ what: 'Practise Ask-Share-Ask in the Tuesday group', owner: 'SPECIALIST', dueDate: inAWeek }]),
    sessionNotes: string(sessionNotes), wellnessConcern: { value: false, type: 'Boolean' } });
  return pid;
}

export async function openTasks(user, processInstanceId) {
  return call(user, 'GET', '/engine-rest/task?processInstanceId=' + processInstanceId);
}

export async function historicVariable(user, processInstanceId, name) {
  const found = await call(user, 'GET', '/engine-rest/history/variable-instance?processInstanceId=' + processInstanceId
      + '&variableName=' + name);
  return found.length ? found[0].value : undefined;
}

export { BASE };

/** jordan raises a scope check that is a crisis (suicidal thoughts): answers the process instance id. */
export async function crisisRaisedByJordan() {
  const started = await call('jordan', 'POST', '/engine-rest/process-definition/key/scope-check/submit-form', {
    variables: { peerCode: string('P-2077'), requestCategory: string('RECOVERY_GOAL_SUPPORT'),
      needUnclear: { value: false, type: 'Boolean' }, riskIndicators: json(['SUICIDAL_THOUGHTS']),
      scopeDescription: string('Said they have been thinking about ending their life.') } });
  return started.id;
}

/** maria starts a supervision cycle for a supervisee: answers the process instance id. */
export async function cycleStartedByMaria(specialistId) {
  const started = await call('maria', 'POST', '/engine-rest/process-definition/key/supervision-cycle/submit-form',
      { variables: { specialistId: string(specialistId) } });
  return started.id;
}
