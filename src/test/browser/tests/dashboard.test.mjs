// A program lead opens the dashboard, is sent to the sign-in page, signs in and lands on it, sees the
// charts render, drills into one supervisor's team and exports CSV; someone signed in to Tasklist opens
// it without signing in again; a wrong password is told in plain words; the sign-in page never sends
// anyone to another site; a specialist is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, openSignedIn, screenshot, signInToTasklist } from './browser.mjs';
import { BASE } from './engine.mjs';

const CHARTS = ['chart-trend', 'chart-supervisors', 'chart-referrals', 'chart-scope'];

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function chartsDrawn(page) {
  return page.evaluate((ids) => ids.every((id) => {
    const chart = window.Chart && window.Chart.getChart(id);
    return chart && chart.width > 0 && chart.height > 0;
  }), CHARTS);
}

test('program lead signs in on the way to the dashboard, sees the charts, drills into a team and exports CSV', async () => {
  const page = await openSignedIn(browser, '/dashboard', 'robin', { shot: 'signin-dashboard' });
  await page.waitForSelector('body[data-ready="true"]');
  assert.ok(await chartsDrawn(page), 'all four charts are drawn');
  await screenshot(page, 'dashboard');
  assert.match(await page.locator('#status').textContent(), /whole program/);
  assert.match(await page.locator('#card-cycles').textContent(), /%|—/);

  await page.locator('#supervisor').selectOption({ label: 'Maria Alvarez' });
  await page.getByRole('button', { name: 'Show' }).click();
  await page.waitForURL(/supervisorId=maria/);
  await page.waitForSelector('body[data-ready="true"]');
  assert.match(await page.locator('#status').textContent(), /team of Maria Alvarez/);
  assert.ok(await chartsDrawn(page), 'the team\'s charts are drawn');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#csv').click()]);
  assert.match(download.suggestedFilename(), /^scope-audit-.*-maria\.csv$/);
  const csv = await (await download.createReadStream()).toArray();
  assert.match(Buffer.concat(csv).toString('utf8'), /^period_from,period_to,section,supervisor_id,specialist_id,name,measure,value\r\n/);

  // the same session is Tasklist's: no second sign-in there
  await page.getByRole('link', { name: 'Tasklist' }).click();
  await page.waitForSelector('text=Robin Patel');
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
  assert.match(await page.locator('#status').textContent(), /team of David/);
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

test('specialist cannot open the dashboard', async () => {
  const page = await signInToTasklist(browser, 'alex');
  const response = await page.goto('/dashboard');
  assert.equal(response.status(), 403);
  await page.context().close();
});
