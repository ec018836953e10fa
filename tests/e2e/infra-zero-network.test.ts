/**
 * Issue #8, zero network: a whole reading session (an article with its highlights, a tooltip on
 * hover, the popup and choosing a claim in it, the options page, importing and removing a pack)
 * with every request the browser makes observed by the harness's proxy. The only requests may
 * be to the test server; every other forEachBrowser test is held to the same rule after it ends.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { openPopup, tabIdFor } from './harness/extension.js';
import { forEachBrowser } from './harness/suite.js';
import type { ImportResult } from '../../src/platform/messages.js';

const packText = readFileSync(join(import.meta.dirname, '../fixtures/packs/example.json'), 'utf8');

forEachBrowser('zero network', (t) => {
  it('a session of page, tooltip, popup, options and a pack import asks nothing of the network', async () => {
    const page = await t.open('article.html');
    await page.waitFor(() => [...CSS.highlights.values()].some((highlight) => highlight.size > 0));
    const point = await page.evaluate(() => {
      const painted = [...CSS.highlights.values()].filter((highlight) => highlight.size > 0);
      const top = Math.max(...painted.map((highlight) => highlight.priority));
      const range = painted.find((highlight) => highlight.priority === top)?.values().next().value as Range | undefined;
      range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range?.getClientRects()[0];
      return box ? { x: box.left + 10, y: box.top + box.height / 2 } : null;
    });
    assert.ok(point, 'a painted claim to hover');
    await page.mouseMove(point.x, point.y);

    const popup = await openPopup(t.browser, await tabIdFor(t.browser, page));
    const claim = await popup.waitFor(() => {
      const box = document.querySelector('[data-claim-id]')?.getBoundingClientRect();
      return box ? { x: box.left + box.width / 2, y: box.top + Math.min(box.height / 2, 12) } : null;
    });
    await popup.click(claim.x, claim.y);

    const options = await t.browser.openExtensionPage('options.html');
    await options.waitFor(() => document.readyState === 'complete' && document.body.innerText.trim().length > 0);
    const imported = (await t.browser.inExtension(
      (api, text) => api.runtime.sendMessage({ type: 'importPack', args: { fileName: 'example.json', text } }),
      packText,
    )) as ImportResult;
    assert.ok(imported.ok, JSON.stringify(imported));
    await t.browser.inExtension((api, packId) => api.runtime.sendMessage({ type: 'removePack', args: { packId } }), imported.pack.id);

    // Give late work (storage writes, re-scans, badge updates) time to show itself.
    await new Promise((wait) => setTimeout(wait, 1_500));
    assert.deepEqual(t.network.unexpected(), []);
    assert.ok(t.network.requests.some((request) => request.allowed && request.url === t.server.url('article.html')), 'the observer saw the page itself');
  });
});
