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

const DEMO_NAMES = { alex: 'Alex Morgan', robin: 'Robin Patel', maria: 'Maria Alvarez' };

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
  await page.getByPlaceholder('Username').fill(user);
  await page.getByPlaceholder('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForSelector('text=' + name);
  return page;
}
