// A supervisor's words in a form's text view are shown as plain text: a Markdown link, an HTML link,
// emphasis and a bare address maria writes in the session notes reach alex as the characters she typed,
// never as a link (finding 10 of issue 13).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, signInToTasklist } from './browser.mjs';
import { cycleAwaitingAlexsSignature, openTasks } from './engine.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const NOTES = 'Read [click here](https://evil.example) first, then **this** and <a href="https://evil.example/b">that</a>'
    + ' or https://evil.example/c or ![logo](https://evil.example/i.png).';

test('session notes with Markdown and HTML links show as plain text in the specialist\'s form', async () => {
  const cycle = await cycleAwaitingAlexsSignature({ sessionNotes: NOTES });
  const [task] = await openTasks('alex', cycle);
  assert.equal(task.taskDefinitionKey, 'Task_ReviewSessionRecord');

  const page = await signInToTasklist(browser, 'alex');
  await page.goto('/camunda/app/tasklist/default/#/?task=' + task.id);
  await page.getByRole('heading', { name: 'Your session record', exact: true }).waitFor();
  const form = page.locator('.fjs-container');
  await form.getByText('[click here](https://evil.example)', { exact: false }).waitFor();
  await page.screenshot({ path: '/tmp/plain-text-session-record.png', fullPage: true });

  assert.equal(await page.locator('a[href^="https://evil.example"]').count(), 0, 'no link to the address in the notes');
  assert.equal(await form.locator('img').count(), 0, 'no image from the notes');
  assert.equal(await form.locator('strong', { hasText: 'this' }).count(), 0, 'no emphasis from the notes');
  const shown = await form.innerText();
  assert.ok(shown.includes(NOTES.replace(/^Read /, '').slice(0, 40)), 'the notes as typed: ' + shown);
  assert.ok(shown.includes('<a href="https://evil.example/b">that</a>'), 'the HTML as characters: ' + shown);
  assert.ok(shown.includes('Date:'), 'the form\'s own Markdown still renders: ' + shown);
  assert.equal(await form.locator('strong', { hasText: 'Date:' }).count(), 1, 'the form\'s own emphasis stays');
  assert.equal(await form.getByRole('heading', { name: 'Notes', exact: true }).count(), 1, 'the form\'s own heading stays');
  await page.context().close();
});
