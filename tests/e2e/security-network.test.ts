/**
 * Zero network, in Chromium and Firefox: a whole reading session (articles, a hostile page, a
 * page with hidden text, hover and keyboard tooltips, the popup choosing a claim, the options
 * page changing settings, importing a pack, using it on a page, removing it) runs with every
 * request of the browser going through the harness's observing proxy. The session passes only
 * if every request was one of the test pages it opened, if the observer did see those page loads
 * (so an empty log means something), and if no extension page reported a CSP violation: a
 * remote font, image or script, or an eval, is blocked by the CSP before it reaches the network,
 * so the violation is where it would show.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import type { BrowserContext, Page as PwPage } from 'playwright';
import type { TestPage } from './harness/browsers.js';
import { openPopup, tabIdFor } from './harness/extension.js';
import { forEachBrowser } from './harness/suite.js';
import { callContent, claimPoint, waitForClaims } from './content-helpers.js';
import { waitForTooltip } from './content-probe.js';
import { listedClaimIds, openOptions, pollPage } from './ui-helpers.js';
import { PAYLOAD_CLAIM } from '../fixtures/security/payloads.js';
import { importPayloadPack, removePackInOptions } from '../fixtures/security/steps.js';

const SECURITY_PAGES = fileURLToPath(new URL('../fixtures/security', import.meta.url));

/** Records CSP violations in a page (installed after load where the browser offers no earlier hook). */
function recordViolations(page: TestPage): Promise<void> {
  return page.evaluate(() => {
    const global = globalThis as unknown as { __violations?: string[] };
    if (global.__violations) return;
    global.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => global.__violations!.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

function violations(page: TestPage): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { __violations?: string[] }).__violations ?? ['(no recorder)']);
}

forEachBrowser(
  'zero network: a whole session',
  (t) => {
    it('makes no request but the test pages, and no extension page reports a CSP violation', async () => {
      // Chromium: record from the very first script of every page (extension pages included).
      if (t.name === 'chromium') {
        const context = ((await t.browser.openPage('about:blank')).raw as PwPage).context() as BrowserContext;
        await context.addInitScript(() => {
          const global = globalThis as unknown as { __violations?: string[] };
          global.__violations = [];
          document.addEventListener('securitypolicyviolation', (event) => global.__violations!.push(`${event.violatedDirective} ${event.blockedURI}`));
        });
      }
      t.network.clear();
      const opened: string[] = [];
      const extensionPages: TestPage[] = [];
      const open = async (path: string) => {
        opened.push(t.server.url(path));
        return t.open(path);
      };
      const openExtension = async (page: Promise<TestPage>) => {
        const ready = await page;
        await recordViolations(ready);
        extensionPages.push(ready);
        return ready;
      };

      // Reading: hover a sentence, step with the keyboard path, choose a claim in the popup.
      const article = await open('plain-article.html');
      await waitForClaims(article, 3);
      const point = await claimPoint(article, 'In March, Sessions recused');
      assert.ok(point);
      await article.mouseMove(point.x, point.y);
      await waitForTooltip(t.browser, article, (s) => s?.claimId === 'sessions-recused-russia-probe');
      assert.equal(await callContent(t.browser, 'stepClaim', { direction: 1 }), true);
      const popup = await openExtension(openPopup(t.browser, await tabIdFor(t.browser, article)));
      const ids = await listedClaimIds(popup, 3);
      await popup.evaluate((id) => document.querySelector<HTMLButtonElement>(`[data-claim-id="${id}"]`)!.click(), ids[0]!);
      await article.bringToFront();
      await waitForTooltip(t.browser, article, (s) => s?.claimId === ids[0]);

      // Hostile and hidden-text pages.
      await waitForClaims(await open('hostile-page.html'), 3);
      await waitForClaims(await open('hidden-claims.html'), 1);

      // Options: change settings, import a pack (with remote-looking addresses in it), use it, remove it.
      const options = await openExtension(openOptions(t.browser));
      await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="highlight-style"][value="underline"]')!.click());
      await pollPage(options, () => document.querySelector('.status-line')?.textContent, (text) => text === 'Saved.');
      const packId = await importPayloadPack(options);
      const payloadPage = await open('payload-article.html');
      await waitForClaims(payloadPage, 1);
      const payloadPoint = await claimPoint(payloadPage, 'The Millbrook water board');
      assert.ok(payloadPoint);
      await payloadPage.mouseMove(payloadPoint.x, payloadPoint.y);
      await waitForTooltip(t.browser, payloadPage, (s) => s?.claimId === PAYLOAD_CLAIM);
      await removePackInOptions(options, packId);
      await waitForClaims(payloadPage, 0);

      const requests = t.network.requests.map((request) => `${request.method} ${request.url}`);
      assert.deepEqual(t.network.unexpected(), [], 'requests outside the test server');
      for (const url of opened) assert.ok(requests.includes(`GET ${url}`), `the observer saw the page load ${url}: ${JSON.stringify(requests)}`);
      assert.deepEqual(
        requests.filter((request) => !opened.some((url) => request === `GET ${url}`)),
        [],
        'every request is one of the pages the session opened (nothing from the extension, even to the test server)',
      );
      for (const page of extensionPages) assert.deepEqual(await violations(page), [], `${page.url()}: CSP violations`);
      for (const page of [article, payloadPage, ...extensionPages]) assert.deepEqual(page.errors, [], `${page.url()}: errors`);
    });
  },
  { pages: SECURITY_PAGES },
);
