/**
 * The content script on an own-written article, in both browsers: the right sentences are
 * painted (and nothing hidden, typed or scripted), the page's text and layout do not change,
 * hovering a sentence opens its tooltip beside it and moving away closes it, the keyboard path
 * (stepClaim, as the next-claim command sends it) opens a focused tooltip that Esc closes,
 * showClaim (as the popup sends it) opens the chosen claim, and the page's hostile CSS cannot
 * hide or restyle the tooltip.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestPage } from './harness/browsers.js';
import { forEachBrowser } from './harness/suite.js';
import { callContent, claimPoint, claimTexts, sleep, waitForClaims } from './content-helpers.js';
import { readTooltip, waitForTooltip } from './content-probe.js';

const EXPECTED_CLAIMS = [
  'Intercepts suggest Sessions talked campaign with Russian envoy, officials say',
  "Russia's ambassador to Washington, Sergey Kislyak, told his bosses in Moscow that he had discussed campaign-related matters with Jeff Sessions during the 2016 race, according to current and former U.S. officials familiar with intelligence intercepts.",
  "The exchanges went beyond small talk and touched on Donald Trump's positions on Russia-related policy as well as the outlook for relations between the two countries under a Trump administration, one former official said.",
  'Sarah Isgur Flores, a Justice Department spokeswoman, said in a statement that Sessions never discussed meddling in the election and questioned the reliability of an intercept the newspaper had not seen.',
  'At his confirmation hearing in January, Sessions told senators that he did not have communications with the Russians.',
  'In March, the attorney general recused himself from any investigation involving the Trump campaign and Russia.',
].sort();

forEachBrowser('content script on an article', (t) => {
  let page: TestPage;

  before(async () => {
    page = await t.open('article.html');
    await waitForClaims(page, EXPECTED_CLAIMS.length);
  });

  test('paints exactly the claim sentences, not hidden, typed or scripted text', async () => {
    const texts = claimTexts(await waitForClaims(page, EXPECTED_CLAIMS.length));
    assert.deepEqual(texts, EXPECTED_CLAIMS);
  });

  test('leaves the page text and layout as they were, with no console errors', async () => {
    const same = await page.evaluate(() => {
      const baseline = (window as unknown as { fixtureBaseline: { innerText: string; layout: string } }).fixtureBaseline;
      const layout = (window as unknown as { fixtureLayout: () => string }).fixtureLayout();
      return { text: baseline.innerText === document.body.innerText, layout: baseline.layout === layout, length: baseline.innerText.length };
    });
    assert.ok(same.length > 500);
    assert.deepEqual(same, { text: true, layout: true, length: same.length });
    assert.deepEqual(page.errors, []);
  });

  test('hovering a sentence opens its tooltip beside it; moving away closes it', async () => {
    const point = await claimPoint(page, 'The exchanges went beyond');
    assert.ok(point);
    await page.mouseMove(point.x, point.y);
    const state = await waitForTooltip(t.browser, page, (s) => !!s?.open);
    assert.equal(state?.claimId, 'sessions-kislyak-substantive-talks');
    assert.equal(state?.focused, false, 'hover leaves focus where it was');
    assert.match(state!.text, /Sessions and Kislyak/);
    assert.match(state!.text, /Unverified/, 'status label');
    assert.match(state!.text, /Unnamed sources[\s\S]*Intercepts/, 'sourcing chain with kind labels');
    assert.match(state!.text, /one former official said/, "this page's own sourcing words");
    assert.match(state!.text, /First reported by The Washington Post, Jul 21, 2017/);
    assert.ok(state!.reasons.length > 0 && state!.reasons.every((reason) => reason.trim().length > 0), `why it matched, asked of the background: ${JSON.stringify(state!.reasons)}`);
    const sentenceBox = await page.evaluate(() => {
      const range = document.createRange();
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent!.startsWith('The exchanges'))!;
      range.selectNodeContents(paragraph);
      const rect = range.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
    });
    const box = state!.rect!;
    const overlaps = box.left < sentenceBox.right && sentenceBox.left < box.right && box.top < sentenceBox.bottom && sentenceBox.top < box.bottom;
    assert.equal(overlaps, false, `tooltip ${JSON.stringify(box)} covers the sentence ${JSON.stringify(sentenceBox)}`);
    for (const link of state!.links) {
      assert.match(link.href, /^https?:\/\//);
      assert.equal(link.rel, 'noopener noreferrer');
      assert.equal(link.target, '_blank');
    }
    await page.mouseMove(5, 5);
    await waitForTooltip(t.browser, page, (s) => s?.open === false);
  });

  test('the tooltip cannot be hidden, restyled or opened up by the page', async () => {
    const point = await claimPoint(page, 'At his confirmation hearing');
    assert.ok(point);
    await page.mouseMove(point.x, point.y);
    const state = await waitForTooltip(t.browser, page, (s) => s?.claimId === 'sessions-denied-campaign-discussions' && s.style?.opacity === '1');
    assert.deepEqual(state!.style, { display: 'block', visibility: 'visible', opacity: '1', fontSize: '14px', color: state!.style!.color });
    assert.ok(state!.rect!.width > 200 && state!.rect!.height > 100);
    const fromPage = await page.evaluate((rect) => {
      const host = [...document.documentElement.children].find((element) => element.localName.startsWith('sourcelight-')) as HTMLElement;
      const hit = document.elementFromPoint(rect.left + 20, rect.top + 20);
      return {
        shadowRoot: host.shadowRoot,
        hostText: host.innerText + host.textContent,
        hitIsHost: hit === host,
        bodyHasHost: document.body.contains(host),
        dialogs: document.querySelectorAll('[role="dialog"]').length,
      };
    }, state!.rect!);
    assert.deepEqual(fromPage, { shadowRoot: null, hostText: '', hitIsHost: true, bodyHasHost: false, dialogs: 0 });
    await page.mouseMove(5, 5);
    await waitForTooltip(t.browser, page, (s) => s?.open === false);
  });

  test('stepping from the keyboard opens a focused tooltip; Esc closes it and gives focus back', async () => {
    assert.equal(await callContent(t.browser, 'stepClaim', { direction: 1 }), true);
    await page.bringToFront();
    const first = await waitForTooltip(t.browser, page, (s) => !!s?.open);
    assert.equal(first!.focused, true);
    assert.equal(await callContent(t.browser, 'stepClaim', { direction: 1 }), true);
    await page.bringToFront();
    const second = await waitForTooltip(t.browser, page, (s) => !!s?.open && s.claimId !== first!.claimId);
    assert.equal(second!.focused, true);
    await page.press('Escape');
    await waitForTooltip(t.browser, page, (s) => s?.open === false);
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  });

  test('showClaim opens the chosen claim and refuses claims not painted on the page', async () => {
    assert.equal(await callContent(t.browser, 'showClaim', { claimId: 'sessions-recused-russia-probe' }), true);
    await page.bringToFront();
    const state = await waitForTooltip(t.browser, page, (s) => s?.claimId === 'sessions-recused-russia-probe');
    assert.equal(state!.focused, true);
    assert.match(state!.text, /recused/);
    await page.press('Escape');
    await waitForTooltip(t.browser, page, (s) => s?.open === false);
    assert.equal(await callContent(t.browser, 'showClaim', { claimId: 'trump-would-not-have-picked-sessions' }), false);
    assert.equal(await callContent(t.browser, 'showClaim', { claimId: 'no-such-claim' }), false);
    await sleep(200);
    assert.equal((await readTooltip(t.browser, page))?.open, false);
  });
});
