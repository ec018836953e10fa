/**
 * DOM fuzz in real Chromium: fast-check generates pages (seeded, FUZZ_PAGES of them) mixing claim
 * sentences, random Unicode and huge text nodes into deep nesting, inline markup, same-origin
 * iframes, open shadow roots, contenteditable regions, hidden elements and SVG text; each page's
 * own script then removes, inserts, rewrites and moves nodes while Sourcelight is scanning. For
 * every page: no exception anywhere (page, content script: every execution context), the DOM is
 * exactly what the page made it (the body is compared with a mirror the page kept and mutated in
 * step; shadow roots and frames with their initial markup), and every highlight range lies in the
 * page's live text (containers connected and in the document, offsets within node lengths, not
 * collapsed, not in Sourcelight's own UI).
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import fc from 'fast-check';
import type { CDPSession, Page as PwPage } from 'playwright';
import { forEachBrowser } from './harness/suite.js';
import { claimTexts, readHighlights, sleep } from './content-helpers.js';
import { SEED } from '../unit/fuzz/arbitraries.js';
import { generatedPage, html, verdict } from '../fixtures/security/generated-pages.js';

const FUZZ_PAGES = Number(process.env.FUZZ_PAGES ?? 30);

/** Waits until the page's mutations are done and the claim highlights have not changed for a while. */
async function settle(page: Parameters<typeof readHighlights>[0], mutations: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  let last = '';
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const key = JSON.stringify(claimTexts(await readHighlights(page)));
    const done = await page.evaluate((n) => {
      const fuzz = (window as unknown as { __fuzz: { mutated: number; errors: string[] } }).__fuzz;
      return fuzz.mutated + fuzz.errors.length >= n;
    }, mutations);
    if (key !== last || !done) {
      last = key;
      stableSince = Date.now();
    } else if (Date.now() - stableSince > 700) return;
    await sleep(100);
  }
}

forEachBrowser(
  'DOM fuzz',
  (t) => {
    it(`${FUZZ_PAGES} generated pages: no exception, the DOM as the page made it, every highlight inside the page's text`, async (ctx) => {
      const tab = await t.browser.openPage('about:blank');
      const raw = tab.raw as PwPage;
      const cdp: CDPSession = await raw.context().newCDPSession(raw);
      const exceptions: string[] = [];
      cdp.on('Runtime.exceptionThrown', (event: { exceptionDetails: { text: string; exception?: { description?: string } } }) =>
        exceptions.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text),
      );
      await cdp.send('Runtime.enable');
      let served = 0;
      let totalRanges = 0;
      let totalMutations = 0;
      let painted = 0;
      const failures: string[] = [];
      const samples = fc.sample(generatedPage, { seed: SEED, numRuns: FUZZ_PAGES });
      for (const [index, input] of samples.entries()) {
        const path = `fuzz/${index}.html`;
        t.server.route(path, (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html(input)));
        exceptions.length = 0;
        tab.errors.length = 0;
        await tab.goto(t.server.url(path));
        served++;
        const built = await tab.evaluate(() => Boolean((window as unknown as { __fuzz?: unknown }).__fuzz));
        if (!built) {
          failures.push(`page ${index}: not built: ${JSON.stringify([...exceptions, ...tab.errors])}`);
          continue;
        }
        await settle(tab, input.mutations.length);
        const result = await tab.evaluate(verdict);
        const found = [
          ...result.problems.map((problem) => `highlight ${problem}`),
          ...(['body', 'shadows', 'frames'] as const).filter((part) => !result[part]).map((part) => `the DOM changed (${part})`),
          ...result.pageErrors.map((error) => `the page's own mutation failed: ${error}`),
          ...exceptions.map((error) => `uncaught exception: ${error}`),
          ...tab.errors.map((error) => `console error: ${error}`),
        ];
        if (found.length) failures.push(`page ${index}: ${found.join('; ')}`);
        totalRanges += result.ranges;
        totalMutations += result.mutated;
        if (result.ranges > 0) painted++;
      }
      await cdp.detach();
      ctx.diagnostic(`${served} generated pages, ${painted} with highlights, ${totalRanges} highlight ranges checked, ${totalMutations} mutations during scans`);
      // Replay one page: FUZZ_SEED=<seed> and the page's index (fc.sample is deterministic for a seed).
      assert.deepEqual(failures, [], `seed ${SEED}, ${served} pages`);
      assert.ok(painted >= served / 3, `the generator must reach the painter: only ${painted} of ${served} pages had highlights`);
    });
  },
  { browsers: ['chromium'] },
);
