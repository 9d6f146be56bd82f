// Debian's Chromium driven by playwright-core (no browser download: CHROMIUM or /usr/bin/chromium).
import { chromium } from 'playwright-core';
import { BASE } from './engine.mjs';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    // CI containers run as root, where Chromium's sandbox cannot start
    args: ['--no-sandbox', '--disable-dev-shm-usage']
  });
}

const DEMO_NAMES = { alex: 'Alex Morgan', jordan: 'Jordan Lee', casey: 'Casey Rivera', maria: 'Maria Alvarez', david: 'David Chen', robin: 'Robin Patel' };

/** Where screenshots go when SCREENSHOTS names a folder (e.g. SCREENSHOTS=/tmp). */
export async function screenshot(page, name) {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: process.env.SCREENSHOTS + '/' + name + '.png', fullPage: true });
}

/** A fresh browser context (no cookies) on the application. */
export async function newPage(browser) {
  const context = await browser.newContext({ baseURL: BASE, acceptDownloads: true, viewport: { width: 1400, height: 1100 } });
  return context.newPage();
}

/**
 * Signs in to Tasklist through its login form, as a person would; answers the page once Tasklist shows
 * the person's name. Demo users by default (password = user name).
 */
export async function signInToTasklist(browser, user, { password = user, name = DEMO_NAMES[user] } = {}) {
  const page = await newPage(browser);
  await page.goto('/camunda/app/tasklist/default/');
  // Tasklist's login form is an AngularJS view: typed before the view is bound, the values can be
  // dropped and *Log in* sends nothing (seen in CI: the page stayed on the login form, with no message).
  // A person who is still looking at the login form types again; so does this, at most three times.
  for (let attempt = 1; ; attempt++) {
    await page.getByPlaceholder('Username').fill(user);
    await page.getByPlaceholder('Password').fill(password);
    await page.getByRole('button', { name: 'Log in' }).click();
    try {
      // Tasklist loads a lot: on a busy machine it takes longer than the 30 s default
      await page.waitForSelector('text=' + name, { timeout: attempt < 3 ? 20000 : 60000 });
      return page;
    } catch (e) {
      if (attempt < 3 && page.url().includes('#/login')) continue;
      await screenshot(page, 'sign-in-stuck-' + user + '-' + Date.now());
      e.message += ' (at ' + page.url() + ', the page says: ' + (await page.locator('body').innerText().catch(() => '?')).slice(0, 300) + ')';
      throw e;
    }
  }
}

/**
 * Opens one of the product's pages (/dashboard, /roster) in a fresh browser, as a person would: the page
 * sends them to the sign-in page, they type their user name and password and click *Sign in*, and are
 * back on the page. Answers the page there. Demo users by default (password = user name).
 */
export async function openSignedIn(browser, path, user, { password = user, shot } = {}) {
  const page = await newPage(browser);
  await page.goto(path);
  await page.waitForURL((url) => url.pathname === '/sign-in' && url.searchParams.get('next') === path);
  await page.getByRole('heading', { name: 'Sign in to peer-supervision' }).waitFor();
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  if (shot) await screenshot(page, shot);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === path);
  return page;
}
