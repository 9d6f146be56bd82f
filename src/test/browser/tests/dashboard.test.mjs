// A program lead opens the dashboard, is sent to the sign-in page, signs in and lands on it: the header
// says the period and the team in words, a legend says what the words and colours mean, no code is
// shown, count axes have whole numbers, a month in progress is "on track" or "behind", an empty period
// says "no data" in each panel, the page fits a phone, a team is reachable by keyboard, and the CSV has
// words beside its codes. A supervisor sees their team; someone signed in to Tasklist opens it without
// signing in again; a wrong password is told in plain words; the sign-in page never sends anyone to
// another site; a specialist gets a page in words. axe-core finds nothing critical or serious.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openSignedIn, screenshot, signInToTasklist } from './browser.mjs';
import { BASE, cycleAwaitingAlexsSignature } from './engine.mjs';
import { assertAccessible } from './axe.mjs';

const CHARTS = ['chart-trend', 'chart-supervisors', 'chart-referrals', 'chart-scope'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
// the codes the page used to show: CONNECTED, REFER, WITHIN_SCOPE, INITIAL, NOT_ASSESSED, ...
const CODE = /\b[A-Z]{3,}(_[A-Z]+)*\b/;
// what people read, less the one acronym they know: the spreadsheet format of the download
const readText = async (page) => (await page.locator('body').innerText()).replaceAll('(CSV)', '');

let browser;
before(async () => {
  browser = await launch();
  // preconditions, as other clients would make them: a signed session of alex (maria's team) completes a
  // cycle, and jordan raises a scope check the table answers "refer"
  const pid = await cycleAwaitingAlexsSignature();
  await rest('alex', 'POST', '/engine-rest/task/' + (await rest('alex', 'GET', '/engine-rest/task?processInstanceId=' + pid))[0].id
      + '/submit-form', { variables: { recordDecision: { value: 'ACKNOWLEDGE', type: 'String' },
    attestation: { value: true, type: 'Boolean' } } });
  await rest('jordan', 'POST', '/engine-rest/process-definition/key/scope-check/submit-form', { variables: {
    peerCode: { value: 'P-4821', type: 'String' }, requestCategory: { value: 'MEDICATION_QUESTION', type: 'String' },
    scopeDescription: { value: 'Asked whether to change a dose.', type: 'String' } } });
});
after(async () => { await browser?.close(); });

async function rest(user, method, path, body) {
  const response = await fetch(BASE + path, { method, body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Authorization: 'Basic ' + Buffer.from(user + ':' + user).toString('base64'),
      'Content-Type': 'application/json', Accept: 'application/json' } });
  const text = await response.text();
  if (!response.ok) throw new Error(method + ' ' + path + ' as ' + user + ': ' + response.status + ' ' + text);
  return text ? JSON.parse(text) : null;
}

/** Each panel shows its chart drawn, or says in words that the period has no data for it. */
async function panelsShown(page) {
  return page.evaluate((ids) => ids.map((id) => {
    const chart = window.Chart && window.Chart.getChart(id);
    const empty = document.getElementById(id).parentElement.querySelector('.empty');
    if (chart && chart.width > 0 && chart.height > 0) return 'chart';
    return !empty.hidden && /^No data for this period/.test(empty.textContent) ? 'no data' : 'blank';
  }), CHARTS);
}

/** The y-axis tick values of a drawn chart. */
async function yTicks(page, id) {
  return page.evaluate((chartId) => window.Chart.getChart(chartId).scales.y.ticks.map((t) => t.value), id);
}

function thisMonth() {
  const now = new Date();
  return { value: now.getFullYear() + '-' + String(now.getMonth() + 1).padStart(2, '0'),
    words: MONTHS[now.getMonth()] + ' ' + now.getFullYear() };
}

test('program lead signs in on the way to the dashboard and reads it in words, drills into a team and exports CSV', async () => {
  const page = await openSignedIn(browser, '/dashboard', 'robin', { shot: 'signin-dashboard' });
  await page.waitForSelector('body[data-ready="true"]');
  await screenshot(page, 'dashboard');
  const month = thisMonth();
  // the header says the period and the team in words; the month picker shows the month in force
  assert.equal(await page.locator('#status').textContent(), 'Figures for ' + month.words + ' · the whole program');
  assert.equal(await page.locator('#month').inputValue(), month.value);
  assert.match(await page.locator('#viewer').textContent(), /Robin Patel, program lead/);
  assert.match(await page.locator('#in-progress').textContent(), new RegExp(month.words + ' is still in progress'));
  const panels = await panelsShown(page);
  assert.ok(!panels.includes('blank'), 'every panel shows a chart or says it has no data: ' + panels);
  assert.equal(panels[3], 'chart', 'jordan\'s scope check is drawn');
  // counts on whole-number axes: 0, 1, 2 ..., never 0.1 ... 1.0
  const ticks = await yTicks(page, 'chart-scope');
  assert.ok(ticks.length > 1 && ticks.every(Number.isInteger), 'whole-number ticks: ' + ticks);
  if (panels[1] === 'chart') assert.ok((await yTicks(page, 'chart-supervisors')).every(Number.isInteger));
  // legends and labels in words: the scope chart's label is the decision form's "Refer to licensed care"
  // (other browser tests of the same run may have raised other outcomes, e.g. a crisis: each is in words)
  const scopeLabels = await page.evaluate(() => window.Chart.getChart('chart-scope').data.labels);
  assert.ok(scopeLabels.includes('Refer to licensed care'), 'the scope chart\'s labels: ' + scopeLabels);
  assert.deepEqual(scopeLabels.filter((label) => /^[A-Z_]+$/.test(label)), [], 'no codes among the labels');
  await page.getByRole('heading', { name: 'What the words and colours mean' }).waitFor();
  for (const words of ['Met the minimum', 'On track', 'Behind', 'Below the minimum']) {
    assert.ok(await page.locator('#legend dt', { hasText: words }).count() === 1, 'the legend explains ' + words);
  }
  // a month in progress is never failed: alex has 1 of 2 sessions, the others none, all "on track" or better
  const standings = await page.locator('#specialists td.standing-cell').allTextContents();
  assert.ok(standings.length >= 3, 'the three demo specialists are listed');
  assert.ok(standings.every((s) => !/Below the minimum/.test(s)), 'nobody is below the minimum in a month in progress: ' + standings);
  assert.match(await page.locator('.card', { hasText: 'Crisis scope checks raised' }).textContent(), /escalated to program leads/);
  const text = await readText(page);
  assert.doesNotMatch(text, CODE, 'no code on the page');
  assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/, 'no ISO dates on the page');
  await assertAccessible(page, 'the dashboard as a program lead');

  // the team by keyboard: Tab to the supervisor's link under the chart, Enter
  const link = page.locator('#drill a', { hasText: 'Maria Alvarez' });
  await link.waitFor();
  let focused = false;
  for (let i = 0; i < 80 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await link.evaluate((a) => a === document.activeElement);
  }
  assert.ok(focused, 'the link to Maria Alvarez\'s team is reachable with Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/supervisorId=maria/);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('#status').textContent(), 'Figures for ' + month.words + ' · the team of Maria Alvarez');
  assert.equal(await page.locator('#supervisor').inputValue(), 'maria');
  assert.equal(await page.locator('#month').inputValue(), month.value);

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#csv').click()]);
  assert.match(download.suggestedFilename(), /^scope-audit-.*-maria\.csv$/);
  const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  assert.match(csv, /^period_from,period_to,period,section,section_label,supervisor_id,supervisor,specialist_id,specialist,measure,measure_label,value,value_label\r\n/);
  assert.match(csv, new RegExp(',' + month.words + ',scope_checks,Scope checks,maria,Maria Alvarez,,,table_outcome_REFER,'
      + 'The table answered: Refer to licensed care,1,\r\n'));
  assert.match(csv, /,standing,Against their monthly minimum,(ON_TRACK|BEHIND|MET),(On track|Behind|Met the minimum)\r\n/);

  // the same session is Tasklist's: no second sign-in there
  await page.getByRole('link', { name: 'Tasklist' }).click();
  await page.waitForSelector('text=Robin Patel');
  await page.context().close();
});

test('an empty period says "no data" in every panel, chosen with the month picker', async () => {
  const page = await openSignedIn(browser, '/dashboard', 'robin');
  await page.waitForSelector('body[data-ready="true"]');
  await page.getByLabel('Month', { exact: true }).fill('2010-01');
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/month=2010-01/);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('#status').textContent(), 'Figures for January 2010 · the whole program');
  assert.equal(await page.locator('#month').inputValue(), '2010-01');
  assert.ok(await page.locator('#in-progress').isHidden(), 'a finished month is not "in progress"');
  assert.deepEqual(await panelsShown(page), ['no data', 'no data', 'no data', 'no data']);
  assert.match(await page.locator('#specialists tbody').textContent(), /No specialist was supervised in this period/);
  await screenshot(page, 'dashboard-empty-period');
  await assertAccessible(page, 'the dashboard of an empty period');
  await page.context().close();
});

test('on a 390 px phone the page is no wider than the screen, and tables scroll inside their own box', async () => {
  const page = await openSignedIn(browser, '/dashboard', 'robin');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  await screenshot(page, 'dashboard-phone');
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, 'the page is ' + width + ' px wide');
  assert.ok(!(await panelsShown(page)).includes('blank'));
  await page.context().close();
});

test('a supervisor sees their own team, in words', async () => {
  const page = await openSignedIn(browser, '/dashboard', 'maria');
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.locator('#status').textContent(), 'Figures for ' + thisMonth().words + ' · the team of Maria Alvarez');
  assert.match(await page.locator('#viewer').textContent(), /Maria Alvarez, supervisor/);
  assert.deepEqual(await page.locator('#supervisor option').allTextContents(), ['Maria Alvarez']);
  assert.doesNotMatch(await readText(page), CODE);
  assert.equal(await page.locator('#drill').isHidden(), true, 'no other team to drill into');
  await screenshot(page, 'dashboard-supervisor');
  await assertAccessible(page, 'the dashboard as a supervisor');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth) <= 390);
  await screenshot(page, 'dashboard-supervisor-phone');
  await page.context().close();
});

test('someone signed in to Tasklist opens the dashboard without signing in again', async () => {
  const page = await signInToTasklist(browser, 'robin');
  await page.goto('/dashboard');
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(new URL(page.url()).pathname, '/dashboard');
  await page.context().close();
});

test('a wrong password is told in plain words, and the right one then signs in', async () => {
  // david: no other browser test signs in as him (a wrong password delays his next sign-in for a few seconds)
  const page = await newPage(browser);
  await page.goto('/dashboard?month=2010-05');
  await page.waitForURL(/\/sign-in\?next=/);
  await page.getByLabel('User name').fill('david');
  await page.getByLabel('Password').fill('not his password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const alert = page.getByRole('alert');
  await alert.filter({ hasText: 'The user name or password is not right.' }).waitFor();
  assert.equal(await page.getByLabel('Password').getAttribute('aria-invalid'), 'true');
  assert.ok(await page.getByLabel('Password').evaluate((field) => field === document.activeElement), 'the password field has the focus');
  await screenshot(page, 'signin-wrong-password');

  // the engine refuses even the right password for a few seconds after a wrong one: as a person would, try again
  const back = (url) => url.pathname === '/dashboard' && url.searchParams.get('month') === '2010-05';
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.waitForTimeout(3000);
    await page.getByLabel('Password').fill('david');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const signedIn = page.waitForURL(back, { timeout: 20000 }).then(() => true, () => false);
    const refused = page.waitForFunction(() => !document.getElementById('submit').disabled
      && !document.getElementById('error').hidden).then(() => false, () => signedIn);
    if (await Promise.race([signedIn, refused])) break;
  }
  await page.waitForURL(back);
  await page.waitForSelector('body[data-ready="true"]');
  assert.match(await page.locator('#status').textContent(), /the team of David/);
  await page.context().close();
});

test('the sign-in page never sends anyone to another site', async () => {
  for (const next of ['//evil.example', 'https://evil.example', '/\\evil.example']) {
    const page = await newPage(browser);
    await page.goto('/sign-in?next=' + encodeURIComponent(next));
    assert.equal(new URL(page.url()).search, '', next + ' is dropped');
    assert.equal(await page.locator('#continue').getAttribute('href'), '/camunda/app/tasklist/default/');
    await page.context().close();
  }
  const page = await newPage(browser);
  await page.goto('/sign-in?next=' + encodeURIComponent('//evil.example'));
  await page.getByLabel('User name').fill('maria');
  await page.getByLabel('Password').fill('maria');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForSelector('text=Maria Alvarez');
  assert.equal(new URL(page.url()).origin, new URL(BASE).origin, 'still on this site');
  assert.match(page.url(), /\/camunda\/app\/tasklist\//);
  await page.context().close();
});

test('a specialist who opens the dashboard gets a page in words saying whom it is for and where to go', async () => {
  const page = await openSignedIn(browser, '/dashboard', 'alex');
  await page.getByRole('heading', { name: 'This dashboard is for program leads and supervisors' }).waitFor();
  const response = await page.reload();
  assert.equal(response.status(), 403);
  assert.match(response.headers()['content-type'], /^text\/html/);
  const text = await page.locator('body').innerText();
  assert.doesNotMatch(text, /[{}"]|Forbidden|403/, 'a page in words, not JSON or a status code');
  assert.equal(await page.getByRole('link', { name: 'My record' }).first().getAttribute('href'), '/me');
  assert.equal(await page.getByRole('link', { name: 'Tasklist' }).first().getAttribute('href'), '/camunda/app/tasklist/default/');
  await screenshot(page, 'dashboard-specialist-refused');
  await assertAccessible(page, 'the dashboard\'s page for a specialist');
  await page.getByRole('link', { name: 'Tasklist' }).first().click();
  await page.waitForSelector('text=Alex Morgan', { timeout: 60000 });
  await page.context().close();
});
