// A program lead opens /roster, is sent to the sign-in page, signs in and lands on it, imports a small
// roster file, sees the progress reach done, the per-row report and the activation links; the new
// specialist opens their link, is refused a too-short password, chooses a good one and signs in to
// Tasklist with it. Someone signed in to Tasklist opens the page without signing in again. A specialist
// is refused the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, newPage, openSignedIn, screenshot, signInToTasklist } from './browser.mjs';

const HEADER = 'user_id,first_name,last_name,email,role,supervisor_id,certification_body,credential_name,'
  + 'credential_number,certification_stage,issued_on,expires_on';

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

function day(yearsFromNow) {
  const date = new Date();
  date.setFullYear(date.getFullYear() + yearsFromNow);
  return date.toISOString().slice(0, 10);
}

test('program lead imports a roster file and the new specialist activates and signs in to Tasklist', async () => {
  const suffix = Math.random().toString(36).slice(2, 8);
  const supervisor = 'sam.okafor-' + suffix;
  const specialist = 'taylor.brooks-' + suffix;
  const file = join(dir, 'roster.csv');
  await writeFile(file, [HEADER,
    `${supervisor},Sam,Okafor,${supervisor}@peer-program.example,SUPERVISOR,,,,,,,`,
    `${specialist},Taylor,Brooks,${specialist}@peer-program.example,SPECIALIST,${supervisor},`
      + `State Peer Certification Board,Certified Peer Specialist,CPS-${suffix},CERTIFIED,${day(-1)},${day(2)}`,
    ''].join('\r\n'));

  const page = await openSignedIn(browser, '/roster', 'robin', { shot: 'signin-roster' });
  await page.getByRole('heading', { name: 'Roster import' }).waitFor();
  await page.getByLabel('Roster file', { exact: true }).setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  await page.locator('#progress-text', { hasText: 'Done: 2 of 2 rows' }).waitFor();
  assert.equal(await page.locator('#summary').textContent(), '2 created · 0 updated · 0 unchanged · 0 refused');
  assert.equal(await page.locator('progress').evaluate((bar) => bar.value === bar.max), true, 'the bar is full');
  assert.ok(await page.locator('#notice').isHidden(), 'no interruption notice');
  const rows = page.locator('#report tbody tr');
  assert.equal(await rows.count(), 2);
  const rowOf = (userId) => rows.filter({ has: page.getByRole('cell', { name: userId, exact: true }) });
  for (const [userId, role] of [[supervisor, 'SUPERVISOR'], [specialist, 'SPECIALIST']]) {
    const cells = rowOf(userId).locator('td');
    assert.equal(await cells.nth(2).textContent(), role);
    assert.equal(await cells.nth(3).textContent(), 'CREATED');
    assert.match(await cells.nth(5).textContent(), /^http:\/\/[^/]+\/activate#token=[\w-]+\.[\w-]+$/);
  }
  assert.match(await rowOf(specialist).locator('td').nth(4).textContent(), /certification/i);
  await screenshot(page, 'roster-report');
  const link = await rowOf(specialist).locator('td').nth(5).textContent();
  await page.context().close();

  // the specialist, in a browser of their own
  const welcome = await newPage(browser);
  await welcome.goto(link);
  await welcome.getByRole('heading', { name: 'Welcome' }).waitFor();
  assert.ok(!welcome.url().includes('token'), 'the token leaves the address bar');
  await welcome.getByLabel('New password').fill('too short');
  await welcome.getByLabel('The same again').fill('too short');
  await welcome.getByRole('button', { name: 'Save my password' }).click();
  await welcome.getByRole('alert').filter({ hasText: 'password: must have at least 12 characters' }).waitFor();
  if (process.env.SCREENSHOTS) await welcome.screenshot({ path: process.env.SCREENSHOTS + '/activate-refused.png', fullPage: true });

  const password = 'quiet river morning ' + suffix;
  await welcome.getByLabel('New password').fill(password);
  await welcome.getByLabel('The same again').fill(password);
  await welcome.getByRole('button', { name: 'Save my password' }).click();
  await welcome.getByRole('status').filter({ hasText: 'Your password is saved. Sign in as ' + specialist }).waitFor();
  await welcome.context().close();

  const tasklist = await signInToTasklist(browser, specialist, { password, name: 'Taylor Brooks' });
  assert.match(tasklist.url(), /\/camunda\/app\/tasklist\//);
  await tasklist.context().close();
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
  await page.context().close();
});
