/**
 * Injection, in Chromium and Firefox: a claim pack whose every author-written string is an HTML,
 * script, URL, template or bidi payload (tests/fixtures/security/payloads.ts) is imported through
 * the options page's real file input; its claim is then found on an own-written page whose
 * matched sentence itself carries escaped markup. The options page, the tooltip (in its closed
 * shadow root) and the popup show every payload as text: no payload element or attribute
 * exists, no script payload runs (each would set `window.__slPwned`), no dialog opens, nothing is
 * logged as an error, and every link is http(s) with rel="noopener noreferrer".
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import type { TestPage } from './harness/browsers.js';
import { openPopup, tabIdFor } from './harness/extension.js';
import { forEachBrowser } from './harness/suite.js';
import { fileURLToPath } from 'node:url';
import { claimPoint, sleep, waitForClaims } from './content-helpers.js';
import { waitForTooltip } from './content-probe.js';
import { chooseFile, importOutcome, listedClaimIds, openOptions, pollPage } from './ui-helpers.js';
import { PAYLOADS, PAYLOAD_CLAIM, PAYLOAD_PACK_NAME, URL_PAYLOADS, payloadPack } from '../fixtures/security/payloads.js';
import { inspectPage, inspectTooltip, payloadsRun, squash, watchDialogs, type MarkupReport } from '../fixtures/security/probes.js';

const SECURITY_PAGES = fileURLToPath(new URL('../fixtures/security', import.meta.url));
const pack = payloadPack() as { description: string; publisher: string; license: string; claims: { statement: string; sources: { who: string; quote?: string }[] }[] };
const claim = pack.claims[0]!;

/** No payload markup, every link http(s) and opener-free. */
function assertInert(report: MarkupReport | null, where: string): void {
  assert.ok(report, `${where} rendered`);
  assert.deepEqual(report.handlers, [], `${where}: payload attributes became real attributes`);
  assert.deepEqual(report.elements, [], `${where}: payload elements became real elements`);
  for (const link of report.links) {
    assert.match(link.href ?? '', /^https?:\/\//, `${where}: link ${link.href} is not http(s)`);
    assert.deepEqual(link.rel.split(/\s+/).sort(), ['noopener', 'noreferrer'], `${where}: link ${link.href} rel="${link.rel}"`);
    assert.equal(link.target, '_blank');
  }
}

/** Whether a link's href is this address (browsers differ in which characters they percent-encode). */
function sameAddress(href: string | null | undefined, address: string): boolean {
  return !!href && decodeURIComponent(href).toLowerCase() === decodeURIComponent(new URL(address).href).toLowerCase();
}

/** The payload strings as markup would never show them: literally. */
const LITERALS = ['<img src=x onerror=', '<script>', '</script>', '"><svg onload='];

forEachBrowser('injection: a pack with a payload in every field', (t) => {
  let options: TestPage;
  let optionsDialogs: string[];
  let packId: string | undefined;

  before(async () => {
    options = await openOptions(t.browser);
    optionsDialogs = watchDialogs(options);
  });

  it('imports through the options page, which lists every payload as text', async () => {
    await chooseFile(options, 'payloads <img src=x onerror=alert(1)>.json', JSON.stringify(payloadPack()));
    const outcome = await importOutcome(options);
    assert.ok(outcome.ok, outcome.text);
    packId = await options.evaluate((name) => [...document.querySelectorAll<HTMLElement>('.pack')].find((card) => card.querySelector('h3')?.textContent === name)?.dataset['packId'], PAYLOAD_PACK_NAME);
    assert.ok(packId?.startsWith('user:'), 'the payload pack is listed under its name, as text');

    const card = await inspectPage(options, `.pack[data-pack-id="${packId}"]`);
    assertInert(card, 'options pack card');
    const text = squash(card!.text);
    for (const value of [PAYLOAD_PACK_NAME, pack.publisher, pack.license, pack.description, URL_PAYLOADS.quoteBreakout]) {
      assert.ok(text.includes(squash(value)), `options page shows ${JSON.stringify(value.slice(0, 60))} as text`);
    }
    const homepage = card!.links.find((link) => link.href !== null);
    assert.ok(sameAddress(homepage?.href, URL_PAYLOADS.quoteBreakout), `the homepage link ${homepage?.href} is the pack's http(s) address`);
    assertInert(await inspectPage(options, '#app'), 'options page');
    assert.deepEqual(await payloadsRun(options), []);
    assert.deepEqual(optionsDialogs, []);
    assert.deepEqual(options.errors, []);
  });

  it('finds the claim on a page and its tooltip shows every payload as text, running none', async () => {
    const page = await t.open('payload-article.html');
    const dialogs = watchDialogs(page);
    await waitForClaims(page, 1);
    const point = await claimPoint(page, 'The Millbrook water board raised');
    assert.ok(point);
    await page.mouseMove(point.x, point.y);
    const state = await waitForTooltip(t.browser, page, (s) => s?.claimId === PAYLOAD_CLAIM);
    // Move over the tooltip's own text too: an onmouseover payload would fire now.
    await page.mouseMove(state!.rect!.left + 30, state!.rect!.top + 40);
    await page.mouseMove(state!.rect!.left + 60, state!.rect!.top + state!.rect!.height / 2);

    const tooltip = await inspectTooltip(t.browser, page);
    assertInert(tooltip, 'tooltip');
    assert.equal(tooltip!.styles, 1, "the tooltip root holds only Sourcelight's own style element");
    const text = squash(tooltip!.text);
    for (const literal of LITERALS) assert.ok(text.includes(literal), `tooltip shows ${literal} literally`);
    for (const value of [claim.statement, claim.sources[0]!.who, claim.sources[0]!.quote!, PAYLOADS.svgOnload]) {
      assert.ok(text.includes(squash(value)), `tooltip shows ${JSON.stringify(value.slice(0, 60))} as text`);
    }
    assert.ok(tooltip!.content.includes('\u202Efdp.exe\u202C'), 'bidi controls are kept as characters, inside the tooltip only');
    const hrefs = tooltip!.links.map((link) => link.href);
    assert.ok(hrefs.length >= 2, `source and report links present: ${JSON.stringify(hrefs)}`);
    for (const href of hrefs) assert.ok(Object.values(URL_PAYLOADS).some((url) => sameAddress(href, url)), `${href} is one of the pack's http(s) addresses`);

    await sleep(300);
    assert.deepEqual(await payloadsRun(page), [], 'no payload ran in the page');
    assert.deepEqual(dialogs, [], 'no dialog opened');
    assert.deepEqual(page.errors, [], 'no errors on the page');
    assert.equal(await page.evaluate(() => document.querySelectorAll('img, iframe, svg, math').length), 0, 'nothing was added to the page');
  });

  it("the popup lists the claim with the pack's and the page's payloads as text", async () => {
    const page = await t.open('payload-article.html');
    await waitForClaims(page, 1);
    const popup = await openPopup(t.browser, await tabIdFor(t.browser, page));
    const dialogs = watchDialogs(popup);
    assert.deepEqual(await listedClaimIds(popup), [PAYLOAD_CLAIM]);
    const report = await inspectPage(popup, '#app');
    assertInert(report, 'popup');
    const text = squash(report!.text);
    assert.ok(text.includes(squash(claim.statement)), 'the statement, payloads included, as text');
    await pollPage(popup, () => document.body.innerText, (body) => body.includes('window.__slPwned'));
    assert.deepEqual(await payloadsRun(popup), []);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(popup.errors, []);
  });
}, { pages: SECURITY_PAGES });
