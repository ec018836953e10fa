/**
 * Accessibility of the popup and the options page in Chromium and Firefox: no axe-core WCAG 2.1
 * A/AA violations (light scheme in both browsers, dark scheme where the browser can emulate it),
 * and everything reachable with Tab, with a visible focus indicator.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { before, it } from 'node:test';
import type { Page as PwPage } from 'playwright';
import type { TestPage } from './harness/browsers.js';
import { openPopup, tabIdFor } from './harness/extension.js';
import { forEachBrowser } from './harness/suite.js';
import { listedClaimIds, openOptions } from './ui-helpers.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  targets: string[];
  summary: string;
}

/** Runs axe-core in the page (injected over the automation protocol, which the page CSP does not govern). */
async function axeViolations(page: TestPage): Promise<Violation[]> {
  const raw = page.raw as { evaluate(source: string): Promise<unknown> };
  await raw.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')), summary: v.nodes[0]?.failureSummary ?? '' }));
  });
}

/** Presses Tab until focus cycles, recording what got focus and whether a focus ring shows. */
async function tabWalk(page: TestPage, limit = 80): Promise<{ label: string; ring: boolean }[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: { label: string; ring: boolean }[] = [];
  for (let i = 0; i < limit; i++) {
    await page.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el.matches('input[role="switch"]') ? el.nextElementSibling! : el);
      return {
        label: el.getAttribute('data-claim-id') ?? el.getAttribute('data-testid') ?? `${el.tagName.toLowerCase()}${el.getAttribute('name') ? `[${el.getAttribute('name')}]` : ''}:${(el.textContent ?? '').trim().slice(0, 30)}`,
        ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!focused) continue;
    if (seen.some((s) => s.label === focused.label)) break;
    seen.push(focused);
  }
  return seen;
}

forEachBrowser('accessibility', (t) => {
  let tabId: number;
  before(async () => {
    const article = await t.browser.openPage(t.server.url('ui-article.html'));
    tabId = await tabIdFor(t.browser, article);
  });

  it('the popup has no WCAG A/AA violations, in light and (Chromium) dark schemes', async () => {
    const popup = await openPopup(t.browser, tabId);
    await listedClaimIds(popup, 4);
    assert.deepEqual(await axeViolations(popup), []);
    if (t.name === 'chromium') {
      await (popup.raw as PwPage).emulateMedia({ colorScheme: 'dark' });
      assert.equal(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(27, 27, 31)');
      assert.deepEqual(await axeViolations(popup), []);
    }
  });

  it('the options page has no WCAG A/AA violations, in light and (Chromium) dark schemes', async () => {
    const options = await openOptions(t.browser);
    assert.deepEqual(await axeViolations(options), []);
    if (t.name === 'chromium') {
      await (options.raw as PwPage).emulateMedia({ colorScheme: 'dark' });
      assert.deepEqual(await axeViolations(options), []);
    }
  });

  it('every control of the popup is reached with Tab, with a visible focus ring', async () => {
    const popup = await openPopup(t.browser, tabId);
    const ids = await listedClaimIds(popup, 4);
    const walk = await tabWalk(popup);
    const labels = walk.map((s) => s.label);
    for (const id of ids) assert.ok(labels.includes(id), `claim ${id} reachable: ${labels.join(', ')}`);
    for (const kind of ['paint-anonymous', 'paint-relayed', 'pause-site']) assert.ok(labels.includes(kind), `${kind} reachable`);
    assert.ok(labels.some((l) => l.startsWith('input[confidence]')), 'confidence radios reachable');
    assert.ok(labels.some((l) => l.includes('Options')), 'options link reachable');
    assert.deepEqual(walk.filter((s) => !s.ring).map((s) => s.label), [], 'focus ring on every stop');
  });
});
