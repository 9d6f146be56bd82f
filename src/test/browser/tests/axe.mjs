// axe-core (Deque's accessibility engine, from npm) run inside a page: the product's pages and the
// Tasklist forms must have no critical or serious finding from the product's own content.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core over the page (or the part `include` selects) and answers the critical and serious
 * violations, each as "rule: help (selector, ...)". `exclude`: selectors of content that is not the
 * product's own (e.g. Tasklist's own chrome around a form).
 */
export async function seriousFindings(page, { include, exclude = [] } = {}) {
  // evaluated through the DevTools protocol, which a page's Content-Security-Policy does not govern
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async ({ include, exclude }) => {
    const context = include ? { include: [include], exclude: exclude.map((s) => [s]) } : { exclude: exclude.map((s) => [s]) };
    const found = await window.axe.run(context, { resultTypes: ['violations'] });
    return found.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, { include, exclude });
  return results.filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => v.id + ': ' + v.help + ' (' + v.targets.slice(0, 5).join(', ') + ')');
}

/** Fails the test with the findings listed when axe-core finds anything critical or serious. */
export async function assertAccessible(page, what, options) {
  const findings = await seriousFindings(page, options);
  assert.deepEqual(findings, [], what + ': axe-core found critical or serious problems');
}
