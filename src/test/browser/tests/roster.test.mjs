// A program lead opens /roster, is sent to the sign-in page, signs in and lands on it, downloads the
// template and checks it in a dry run (which says what *would* happen), imports a small roster file,
// sees the progress reach done, the per-row report in words and the activation links; the new
// specialist opens their link, sees whose account it is before anything else, is refused a too-short
// password, chooses a good one and signs in to Tasklist with it. A wrong link names no one. Someone
// signed in to Tasklist opens the page without signing in again. A specialist is refused the page.
// Every page passes axe-core (no critical or serious finding) and fits a 390 px wide phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, screenshot, signInToTasklist } from './browser.mjs';
import { assertAccessible } from './axe.mjs';

const HEADER = 'user_id,first_name,last_name,email,role,supervisor_id,certification_body,credential_name,'
  + 'credential_number,certification_stage,issued_on,expires_on';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1400, height: 1100 };

let browser;
let dir;
before(async () => {
  browser = await launch();
  dir = await mkdtemp(join(tmpdir(), 'roster-test-'));
});
after(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function day(yearsFromNow, daysFromNow = 0) {
  const date = new Date();
  date.setFullYear(date.getFullYear() + yearsFromNow);
  date.setDate(date.getDate() + daysFromNow);
  return date;
}
const iso = (date) => date.toISOString().slice(0, 10);
const inWords = (date) => date.getUTCDate() + ' ' + MONTHS[date.getUTCMonth()] + ' ' + date.getUTCFullYear();

/** A screenshot of one part of the page (a phone's full page is too long to read). */
async function shotOf(locator, name) {
  if (process.env.SCREENSHOTS) await locator.screenshot({ path: process.env.SCREENSHOTS + '/' + name + '.png' });
}

/** The page fits a phone: nothing wider than the screen (no sideways scrolling). */
async function assertFitsPhone(page, what) {
  await page.setViewportSize(PHONE);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, what + ' is ' + width + ' px wide on a ' + PHONE.width + ' px phone');
}

/** Opens /roster in a fresh browser and signs in on the sign-in page it sends to (checked with axe first). */
async function signInToRoster(user, { check = false } = {}) {
  const page = await newPage(browser);
  await page.goto('/roster');
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === '/roster');
  await page.getByRole('heading', { name: 'Sign in to peer-supervision' }).waitFor();
  if (check) {
    await assertAccessible(page, 'the sign-in page');
    await assertFitsPhone(page, 'the sign-in page');
    await screenshot(page, 'roster-sign-in-phone');
    await page.setViewportSize(DESKTOP);
  }
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(user);
  await screenshot(page, 'signin-roster');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === '/roster');
  await page.getByRole('heading', { name: 'Roster import' }).waitFor();
  return page;
}

test('program lead checks the downloaded template in a dry run, which says what would happen', async () => {
  const page = await signInToRoster('robin', { check: true });

  const [download] = await Promise.all([page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download a template' }).click()]);
  assert.equal(download.suggestedFilename(), 'roster-template.csv');
  const template = join(dir, 'roster-template.csv');
  await download.saveAs(template);
  const lines = (await readFile(template, 'utf8')).trim().split(/\r?\n/);
  assert.equal(lines.length, 2, 'the header row and one example row');
  assert.equal(lines[0], HEADER);

  await page.getByLabel('Roster file', { exact: true }).setInputFiles(template);
  await page.getByLabel(/Dry run/).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('#progress-text', { hasText: 'Done: 1 of 1 rows' }).waitFor();
  assert.ok(await page.locator('#error').isHidden(), 'no refusal of the file');
  assert.match(await page.locator('#progress-title').textContent(), /^Dry run of \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d$/);
  assert.ok(await page.getByText('Dry run: nothing was written.').isVisible(), 'the dry run says so');
  assert.equal(await page.locator('#summary').textContent(),
    '1 would be created · 0 would be updated · 0 unchanged · 0 would be refused');
  const row = page.locator('#report tbody tr');
  assert.equal(await row.count(), 1);
  const cells = row.locator('td');
  assert.equal(await cells.nth(2).textContent(), 'Peer specialist');
  assert.equal(await cells.nth(3).textContent(), 'Would create', 'not "CREATED", not "Created"');
  const changes = await cells.nth(4).locator('li').allTextContents();
  assert.ok(changes.some((c) => c.startsWith('would create their account')), changes.join(' | '));
  assert.ok(changes.some((c) => c.startsWith('would record the certification')), changes.join(' | '));
  assert.ok(changes.every((c) => !/^(created|recorded|added|supervised|changed)\b/.test(c)), 'nothing in the past tense');
  assert.equal((await cells.nth(5).textContent()).trim(), '', 'no activation link from a dry run');
  // the dry run's outcome does not look like a real import's (green)
  assert.notEqual(await cells.nth(3).evaluate((td) => getComputedStyle(td).color), 'rgb(39, 106, 67)');
  await screenshot(page, 'roster-dry-run');
  await assertAccessible(page, 'the roster page with a dry run report');
  await assertFitsPhone(page, 'the roster page with a dry run report');
  await shotOf(page.locator('#report-section'), 'roster-dry-run-phone');
  await page.context().close();
});

test('program lead imports a roster file and the new specialist sees whose account, activates and signs in', async () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const supervisor = 'sam.okafor-' + suffix;
  const specialist = 'taylor.brooks-' + suffix;
  const expires = day(2);
  const file = join(dir, 'roster.csv');
  await writeFile(file, [HEADER,
    `${supervisor},Sam,Okafor,${supervisor}@peer-program.example,SUPERVISOR,,,,,,,`,
    `${specialist},Taylor,Brooks,${specialist}@peer-program.example,SPECIALIST,${supervisor},`
      + `State Peer Certification Board,Certified Peer Specialist,CPS-${suffix},CERTIFIED,${iso(day(-1))},${iso(expires)}`,
    ''].join('\r\n'));

  const page = await signInToRoster('robin');
  await page.getByLabel('Roster file', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  await page.locator('#progress-text', { hasText: 'Done: 2 of 2 rows' }).waitFor();
  assert.equal(await page.locator('#summary').textContent(), '2 created · 0 updated · 0 unchanged · 0 refused');
  assert.match(await page.locator('#progress-title').textContent(), /^Import of /);
  assert.ok(await page.locator('#dry-run-notice').isHidden(), 'a real import is not called a dry run');
  assert.equal(await page.locator('progress').evaluate((bar) => bar.value === bar.max), true, 'the bar is full');
  assert.ok(await page.locator('#notice').isHidden(), 'no interruption notice');
  const rows = page.locator('#report tbody tr');
  assert.equal(await rows.count(), 2);
  const rowOf = (userId) => rows.filter({ has: page.getByRole('cell', { name: userId, exact: true }) });
  for (const [userId, role] of [[supervisor, 'Supervisor'], [specialist, 'Peer specialist']]) {
    const cells = rowOf(userId).locator('td');
    assert.equal(await cells.nth(2).textContent(), role);
    assert.equal(await cells.nth(3).textContent(), 'Created');
    assert.match(await cells.nth(5).textContent(), /^http:\/\/[^/]+\/activate#token=[\w-]+\.[\w-]+$/);
  }
  const changes = await rowOf(specialist).locator('td').nth(4).locator('li').allTextContents();
  assert.ok(changes.includes('supervised by Sam Okafor'), changes.join(' | '));
  // two years ahead: no renewal task now, and the report says from when
  const window = new Date(expires);
  window.setDate(window.getDate() - 90);
  assert.ok(changes.some((c) => c.includes('its renewal task and reminders will start on ' + inWords(window))),
    changes.join(' | '));
  assert.ok(changes.some((c) => /^activation link issued \(valid until \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d UTC\)$/.test(c)),
    changes.join(' | '));
  await screenshot(page, 'roster-report');
  await assertAccessible(page, 'the roster page with an import report');
  await assertFitsPhone(page, 'the roster page with an import report');
  await shotOf(page.locator('#report-section'), 'roster-report-phone');
  await shotOf(page.locator('header'), 'roster-header-phone');
  const link = await rowOf(specialist).locator('td').nth(5).textContent();
  await page.context().close();

  // the specialist, in a browser of their own: whose account it is, before anything else
  const welcome = await newPage(browser);
  await welcome.goto(link);
  await welcome.getByRole('heading', { name: 'Welcome' }).waitFor();
  assert.ok(!welcome.url().includes('token'), 'the token leaves the address bar');
  await welcome.getByText('You are activating the account of Taylor Brooks (user name ' + specialist + ').').waitFor();
  assert.match(await welcome.locator('#until').textContent(), /^This link works until \d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d\.$/);
  await screenshot(welcome, 'activate-whose');
  await assertAccessible(welcome, 'the activation page of a working link');
  await assertFitsPhone(welcome, 'the activation page of a working link');
  await screenshot(welcome, 'activate-whose-phone');
  await welcome.setViewportSize(DESKTOP);

  await welcome.getByLabel('New password').fill('too short');
  await welcome.getByLabel('The same again').fill('too short');
  await welcome.getByRole('button', { name: 'Save my password' }).click();
  await welcome.getByRole('alert').filter({ hasText: 'New password: must have at least 12 characters' }).waitFor();
  await screenshot(welcome, 'activate-refused');

  const password = 'quiet river morning ' + suffix;
  await welcome.getByLabel('New password').fill(password);
  await welcome.getByLabel('The same again').fill(password);
  await welcome.getByRole('button', { name: 'Save my password' }).click();
  await welcome.getByRole('status').filter({ hasText: 'Your password is saved. Sign in as ' + specialist }).waitFor();
  await screenshot(welcome, 'activate-done');
  await welcome.context().close();

  // the used link now says so, and names no one
  const again = await newPage(browser);
  await again.goto(link);
  await again.getByRole('alert').filter({ hasText: 'This activation link has been used already' }).waitFor();
  assert.ok(await again.locator('#choose').isHidden(), 'no password form');
  assert.ok(!(await again.locator('body').innerText()).includes('Taylor'), 'no name');
  assert.ok(!(await again.locator('body').innerText()).includes(specialist), 'no user name');
  await again.context().close();

  const tasklist = await signInToTasklist(browser, specialist, { password, name: 'Taylor Brooks' });
  assert.match(tasklist.url(), /\/camunda\/app\/tasklist\//);
  // certified for two more years: no renewal task (nor reminder) in their list yet
  // the focused filter's counter ("My tasks (0)": the brackets are Tasklist's CSS, not text)
  await tasklist.locator('.task-filter.active h4.name a', { hasText: 'My tasks' }).locator('.counter').waitFor({ timeout: 60000 });
  await tasklist.getByText('Loading...').waitFor({ state: 'hidden', timeout: 60000 });
  assert.equal(await tasklist.getByText(/Renew your certification|certification expires/).count(), 0,
    'no renewal task 21 months before the window');
  await screenshot(tasklist, 'roster-new-specialist-tasklist');
  await tasklist.context().close();
});

test('a wrong or incomplete activation link says so in words and names no one', async () => {
  const page = await newPage(browser);
  await page.goto('/activate#token=abc123.notTheRightSecret');
  await page.getByRole('alert').filter({ hasText: 'This link is not a valid activation link' }).waitFor();
  assert.ok(await page.locator('#choose').isHidden(), 'no password form for a wrong link');
  assert.ok(await page.locator('#checking').isHidden());
  const text = await page.locator('body').innerText();
  assert.ok(!/token|400|410|error/i.test(text), 'no codes: ' + text);
  await screenshot(page, 'activate-invalid');
  await assertAccessible(page, 'the activation page of a wrong link');
  await assertFitsPhone(page, 'the activation page of a wrong link');
  await screenshot(page, 'activate-invalid-phone');

  await page.setViewportSize(DESKTOP);
  await page.goto('/activate');
  await page.getByRole('alert').filter({ hasText: 'This page opens from the activation link your program lead gave you' }).waitFor();
  assert.ok(await page.locator('#choose').isHidden());
  await page.context().close();
});

test('someone signed in to Tasklist opens the roster page without signing in again', async () => {
  const page = await signInToTasklist(browser, 'robin');
  await page.goto('/roster');
  await page.getByRole('heading', { name: 'Roster import' }).waitFor();
  assert.equal(new URL(page.url()).pathname, '/roster');
  // a dry run is a change request too: it needs the session's CSRF token, which the page sends
  const file = join(dir, 'dry-run.csv');
  await writeFile(file, [HEADER, 'dry.run-' + Math.random().toString(36).slice(2, 8) + ',Dry,Run,dry@peer-program.example,SPECIALIST,,,,,,,', ''].join('\r\n'));
  await page.getByLabel('Roster file', { exact: true }).setInputFiles(file);
  await page.getByLabel(/Dry run/).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.locator('#progress-text', { hasText: 'Done: 1 of 1 rows' }).waitFor();
  assert.ok(await page.locator('#error').isHidden(), 'no refusal');
  await screenshot(page, 'signin-roster-tasklist-session');
  await page.context().close();
});

test('specialist cannot open the roster page', async () => {
  const page = await signInToTasklist(browser, 'alex');
  const response = await page.goto('/roster');
  assert.equal(response.status(), 403);
  // a page in words, not a problem document
  await page.getByText('The roster import is for program leads and administrators').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Import' }).count(), 0);
  await screenshot(page, 'roster-not-permitted');
  await assertAccessible(page, 'the roster page refusing a specialist');
  await page.context().close();
});
