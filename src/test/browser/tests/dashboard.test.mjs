// A program lead, signed in to Tasklist, opens the dashboard, sees the charts render, drills into one
// supervisor's team and exports CSV; a specialist is refused.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signInToTasklist } from './browser.mjs';

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

test('program lead opens the dashboard, sees the charts, drills into a team and exports CSV', async () => {
  const page = await signInToTasklist(browser, 'robin');
  await page.goto('/dashboard');
  await page.waitForSelector('body[data-ready="true"]');
  assert.ok(await chartsDrawn(page), 'all four charts are drawn');
  if (process.env.SCREENSHOTS) await page.screenshot({ path: process.env.SCREENSHOTS + '/dashboard.png', fullPage: true });
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
  await page.context().close();
});

test('specialist cannot open the dashboard', async () => {
  const page = await signInToTasklist(browser, 'alex');
  const response = await page.goto('/dashboard');
  assert.equal(response.status(), 403);
  await page.context().close();
});
