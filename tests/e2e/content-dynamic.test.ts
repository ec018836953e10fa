/**
 * Pages that change after load (issue #6), in both browsers: lazy paragraphs arriving in
 * batches, a "load more" button, infinite scroll, a framework-like re-render that replaces every
 * node, text edited in place, paragraphs moved elsewhere in the page, and single-page navigation. Highlights follow the page, and the
 * background's tab report (what the popup and badge show) follows the highlights.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestPage } from './harness/browsers.js';
import { forEachBrowser } from './harness/suite.js';
import { claimTexts, eventually, readHighlights, tabReportFor, waitForClaims } from './content-helpers.js';

const DENIAL = 'At his confirmation hearing in January, Sessions told senators that he did not have communications with the Russians.';
const INTERCEPT =
  "Russia's ambassador to Washington, Sergey Kislyak, told his bosses in Moscow that he had discussed campaign-related matters with Jeff Sessions during the 2016 race, according to current and former U.S. officials.";
const RECUSAL = 'In March, the attorney general recused himself from any investigation involving the Trump campaign and Russia.';
const DOJ =
  'Sarah Isgur Flores, a Justice Department spokeswoman, said in a statement that Sessions never discussed meddling in the election and questioned the reliability of an intercept the newspaper had not seen.';
const TRUMP = 'In an interview, the president said he never would have chosen Sessions for the job had he known about the recusal.';

const painted = async (page: TestPage) => claimTexts(await readHighlights(page));
const sameTexts = (expected: string[]) => (texts: string[]) => JSON.stringify(texts) === JSON.stringify([...expected].sort());

forEachBrowser('dynamic pages', (t) => {
  async function openDynamic(): Promise<TestPage> {
    const page = await t.open('dynamic.html');
    await waitForClaims(page, 2);
    return page;
  }

  test('lazy paragraphs arriving in batches are painted, and the tab report follows', async () => {
    const page = await openDynamic();
    await page.evaluate(() => (window as unknown as { lazyLoad: () => void }).lazyLoad());
    await eventually(() => painted(page), sameTexts([DENIAL, INTERCEPT, RECUSAL]), 'lazy claim painted');
    const report = await eventually(
      () => tabReportFor(t.browser, page.url()),
      (r) => !!r?.claims.some((claim) => claim.id === 'sessions-recused-russia-probe'),
      'tab report lists the lazy claim',
    );
    assert.deepEqual(report!.claims.map((claim) => claim.id).sort(), ['kislyak-reported-campaign-talks', 'sessions-denied-campaign-discussions', 'sessions-recused-russia-probe']);
    assert.deepEqual(page.errors, []);
  });

  test('"load more" content is painted', async () => {
    const page = await openDynamic();
    const button = await page.evaluate(() => {
      const rect = document.getElementById('more')!.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.click(button.x, button.y);
    await eventually(() => painted(page), sameTexts([DENIAL, INTERCEPT, DOJ]), 'loaded claim painted');
  });

  test('infinite scroll appends a story that is painted', async () => {
    const page = await openDynamic();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await eventually(() => painted(page), sameTexts([DENIAL, INTERCEPT, TRUMP]), 'next story painted');
  });

  test('a re-render that replaces every node keeps exactly the same highlights, on the new nodes', async () => {
    const page = await openDynamic();
    await page.evaluate(() => {
      const scope = window as unknown as { rerender: () => void; oldNodes: Set<Node> };
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      scope.oldNodes = new Set();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) scope.oldNodes.add(node);
      scope.rerender();
    });
    const onNewNodes = () =>
      page.evaluate(() => {
        const oldNodes = (window as unknown as { oldNodes: Set<Node> }).oldNodes;
        const ranges: { text: string; fresh: boolean }[] = [];
        CSS.highlights.forEach((highlight, name) => {
          if (!/-claim$/.test(name)) return;
          highlight.forEach((value) => {
            const range = value as Range;
            const fresh = range.startContainer.isConnected && !oldNodes.has(range.startContainer) && !oldNodes.has(range.endContainer);
            ranges.push({ text: range.toString().replace(/\s+/g, ' ').trim(), fresh });
          });
        });
        return ranges;
      });
    const ranges = await eventually(onNewNodes, (all) => all.length === 2 && all.every((range) => range.fresh && range.text), 'highlights on the new nodes only');
    assert.deepEqual(ranges.map((range) => range.text).sort(), [DENIAL, INTERCEPT].sort());
  });

  test('a claim whose text changes loses its highlight; the report drops it', async () => {
    const page = await openDynamic();
    await page.evaluate(() => (window as unknown as { editClaim: () => void }).editClaim());
    await eventually(() => painted(page), sameTexts([DENIAL]), 'edited claim unpainted');
    await eventually(
      () => tabReportFor(t.browser, page.url()),
      (r) => JSON.stringify(r?.claims.map((claim) => claim.id)) === JSON.stringify(['sessions-denied-campaign-discussions']),
      'report without the edited claim',
    );
  });

  test('a paragraph taken down loses its highlight; the report drops its claim', async () => {
    const page = await openDynamic();
    await page.evaluate(() => (window as unknown as { removeClaim: () => void }).removeClaim());
    await eventually(() => painted(page), sameTexts([DENIAL]), 'removed claim unpainted');
    await eventually(
      () => tabReportFor(t.browser, page.url()),
      (r) => JSON.stringify(r?.claims.map((claim) => claim.id)) === JSON.stringify(['sessions-denied-campaign-discussions']),
      'report without the removed claim',
    );
  });

  test('a painted paragraph the page moves, alone or with its container, is painted again where it now is', async () => {
    const page = await openDynamic();
    const liveRanges = () =>
      page.evaluate(() => {
        const ranges: { text: string; live: boolean }[] = [];
        CSS.highlights.forEach((highlight, name) => {
          if (!/-claim$/.test(name)) return;
          highlight.forEach((value) => {
            const range = value as Range;
            ranges.push({ text: range.toString().replace(/\s+/g, ' ').trim(), live: !range.collapsed && range.startContainer.isConnected && range.endContainer.isConnected });
          });
        });
        return ranges.sort((a, b) => a.text.localeCompare(b.text));
      });
    const bothLive = (ranges: { text: string; live: boolean }[]) =>
      JSON.stringify(ranges.map((range) => range.text)) === JSON.stringify([DENIAL, INTERCEPT].sort()) && ranges.every((range) => range.live);
    // Moving an element out of the page collapses the live ranges inside it.
    await page.evaluate(() => document.body.appendChild(document.getElementById('edited')!));
    await eventually(liveRanges, bothLive, 'the moved paragraph painted again');
    await page.evaluate(() => document.body.insertBefore(document.querySelector('article')!, document.getElementById('end')));
    await eventually(liveRanges, bothLive, 'the paragraphs of the moved container painted again');
    const report = await eventually(() => tabReportFor(t.browser, page.url()), (r) => r?.claims.length === 2, 'the report keeps both claims');
    assert.ok(report!.claims.every((claim) => claim.anchored), JSON.stringify(report));
  });

  test('single-page navigation starts a fresh report for the new URL', async () => {
    const page = await openDynamic();
    await page.evaluate(() => (window as unknown as { navigate: () => void }).navigate());
    await eventually(() => painted(page), sameTexts([RECUSAL]), 'new story painted, old one gone');
    const report = await eventually(
      () => tabReportFor(t.browser, t.server.url('story-two.html')),
      (r) => r !== null && r.claims.length === 1,
      'report for the new URL',
    );
    assert.deepEqual(report!.claims.map((claim) => claim.id), ['sessions-recused-russia-probe']);
    assert.deepEqual(page.errors, []);
  });
});
