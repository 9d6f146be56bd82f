import { launch, openSignedIn } from './browser.mjs';
const browser = await launch();
const page = await openSignedIn(browser, '/dashboard', process.env.WHO || 'robin');
await page.setViewportSize({ width: 390, height: 844 });
await page.reload();
await page.waitForSelector('body[data-ready="true"]');
const h = await page.evaluate(() => document.documentElement.scrollHeight);
for (let y = 0, i = 0; y < h; y += 1100, i++) {
  await page.screenshot({ path: '/tmp/shots-dashboard/seg-' + i + '.png', fullPage: true, clip: { x: 0, y, width: 390, height: Math.min(1100, h - y) } });
}
console.log(h, await page.evaluate(() => document.documentElement.scrollWidth));
await browser.close();
