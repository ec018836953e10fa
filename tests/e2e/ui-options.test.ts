/**
 * The options page in Chromium and Firefox: importing a pack makes a page show its claim;
 * a broken pack is rejected whole with every problem listed and leaves packs and settings
 * exactly as they were; imported packs survive the background being stopped; removal asks
 * for confirmation.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { readHighlights } from './content-helpers.js';
import type { TestPage } from './harness/browsers.js';
import { openPopup, restartServiceWorker, tabIdFor } from './harness/extension.js';
import { forEachBrowser } from './harness/suite.js';
import { BROKEN_PACK, BROKEN_PATHS, HARBOUR_CLAIM, HARBOUR_CLAIMREVIEW, harbourPack } from './ui-data.js';
import { chooseFile, importOutcome, listedClaimIds, openOptions, packNames, pollPage, storedPacks, storedSettings } from './ui-helpers.js';

const HARBOUR_NAME = 'Harbourview local politics (test pack)';

forEachBrowser('options page', (t) => {
  let options: TestPage;
  before(async () => {
    options = await openOptions(t.browser);
  });

  it('lists the bundled pack with its claim count and metadata, without a remove button', async () => {
    const bundled = await options.evaluate(() => {
      const card = document.querySelector<HTMLElement>('.pack');
      return card && { text: card.innerText, count: Number(card.querySelector('[data-testid="claim-count"]')?.textContent), removable: Boolean(card.querySelector('[data-testid="remove-pack"]')) };
    });
    assert.ok(bundled, 'a pack card');
    assert.ok(bundled.count > 0, 'claim count shown');
    assert.match(bundled.text, /Built in/);
    assert.equal(bundled.removable, false);
  });

  it('imports a valid pack, and a page that is already open shows its claim without a reload', async () => {
    const page = await t.open('ui-harbour.html');
    const popup = await openPopup(t.browser, await tabIdFor(t.browser, page));
    await pollPage(popup, () => document.querySelector('#claims-heading')?.textContent ?? '', (text) => /No known claims/.test(text));

    await chooseFile(options, 'harbourview.json', JSON.stringify(harbourPack()));
    const outcome = await importOutcome(options);
    assert.ok(outcome.ok, outcome.text);
    assert.match(outcome.text, /Harbourview local politics/);
    assert.ok((await packNames(options)).includes(HARBOUR_NAME));
    const description = await options.evaluate(() => [...document.querySelectorAll('.pack-description')].map((p) => p.innerHTML).join('\n'));
    assert.match(description, /&lt;b&gt;Not markup&lt;\/b&gt;/, 'pack text is rendered as text, not markup');
    const link = await options.evaluate(() => {
      const a = document.querySelector<HTMLAnchorElement>('a[href="https://example.org/harbourview-pack"]');
      return a && { rel: a.rel, target: a.target };
    });
    assert.deepEqual(link, { rel: 'noopener noreferrer', target: '_blank' });

    assert.deepEqual(await listedClaimIds(popup), [HARBOUR_CLAIM], 'the open popup updates by itself');
    const painted = await readHighlights(page);
    assert.ok(painted.some((range) => range.kind === 'claim' && /ferry terminal/.test(range.text)), JSON.stringify(painted));
  });

  it('rejects a broken pack whole, lists every problem with its path, and changes nothing', async () => {
    // A non-default setting first, so "settings untouched" does not just mean "defaults".
    await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="highlight-style"][value="underline"]')!.click());
    await pollPage(options, () => document.querySelector('.status-line')?.textContent, (text) => text === 'Saved.');
    const settingsBefore = await storedSettings(t.browser);
    const packsBefore = await storedPacks(t.browser);
    const namesBefore = await packNames(options);
    assert.equal((settingsBefore as { highlightStyle: string }).highlightStyle, 'underline');

    await chooseFile(options, 'broken.json', BROKEN_PACK);
    const outcome = await importOutcome(options);
    assert.equal(outcome.ok, false);
    assert.match(outcome.text, /nothing was changed/);
    for (const path of BROKEN_PATHS) assert.ok(outcome.problems.some((line) => line.startsWith(`${path}:`)), `problem at ${path} in: ${outcome.problems.join(' | ')}`);

    assert.deepEqual(await storedSettings(t.browser), settingsBefore);
    assert.deepEqual(await storedPacks(t.browser), packsBefore);
    assert.deepEqual(await packNames(options), namesBefore);
    const reopened = await openOptions(t.browser);
    assert.deepEqual(await packNames(reopened), namesBefore);
  });

  it('rejects a truncated file, saying where it breaks', async () => {
    await chooseFile(options, 'truncated.json', JSON.stringify(harbourPack()).slice(0, 200));
    const outcome = await importOutcome(options);
    assert.equal(outcome.ok, false);
    assert.match(outcome.problems[0] ?? '', /line 1|ends too early|not closed/i);
  });

  it('switching the bundled pack off takes its claims off open pages, and on brings them back', async () => {
    const page = await t.open('ui-article.html');
    const popup = await openPopup(t.browser, await tabIdFor(t.browser, page));
    const before = await listedClaimIds(popup, 4);
    const bundledSwitch = '.pack[data-pack-id^="bundled:"] [data-testid="pack-enabled"]';
    await options.evaluate((css: string) => document.querySelector<HTMLInputElement>(css)!.click(), bundledSwitch);
    await pollPage(popup, () => document.querySelectorAll('[data-claim-id]').length, (n) => n === 0);
    assert.ok(((await storedPacks(t.browser)) as { enabled: [string, boolean][] }).enabled.some(([id, on]) => id.startsWith('bundled:') && !on), 'the switch is stored');
    await options.evaluate((css: string) => document.querySelector<HTMLInputElement>(css)!.click(), bundledSwitch);
    assert.deepEqual((await listedClaimIds(popup, before.length)).sort(), [...before].sort());
  });

  it('imports schema.org ClaimReview JSON-LD, telling pack files and ClaimReview apart by content', async () => {
    await chooseFile(options, 'factcheck.jsonld', HARBOUR_CLAIMREVIEW);
    const outcome = await importOutcome(options);
    assert.ok(outcome.ok, outcome.text);
    assert.match(outcome.text, /with 1 claim/);
    assert.match(outcome.text, /notes? about the conversion/, 'what could not be mapped is reported');
    const card = await options.evaluate(() => [...document.querySelectorAll<HTMLElement>('.pack')].at(-1)?.innerText ?? '');
    assert.match(card, /Imported/);
    await options.evaluate(() => [...document.querySelectorAll<HTMLButtonElement>('.pack [data-testid="remove-pack"]')].at(-1)!.click());
    await options.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="confirm-remove"]')!.click());
    await pollPage(options, () => document.querySelectorAll('.pack').length, (n) => n === 2);
  });

  it('keeps imported packs and settings when the background restarts', async () => {
    // Chromium: the MV3 worker is really stopped and started again. Firefox runs the background
    // as an event page the protocols cannot stop; there a fresh page load reads the same stores.
    if (t.browser.serviceWorker) await restartServiceWorker(t.browser);
    const reopened = await openOptions(t.browser);
    assert.ok((await packNames(reopened)).includes(HARBOUR_NAME));
    assert.equal(((await storedSettings(t.browser)) as { highlightStyle: string }).highlightStyle, 'underline');
  });

  it('removes an imported pack only after confirmation; open pages drop its claims at once', async () => {
    const page = await t.open('ui-harbour.html');
    const popup = await openPopup(t.browser, await tabIdFor(t.browser, page));
    assert.deepEqual(await listedClaimIds(popup), [HARBOUR_CLAIM]);

    await options.evaluate(() => document.querySelector<HTMLButtonElement>('.pack[data-pack-id^="user:"] [data-testid="remove-pack"]')!.click());
    await pollPage(options, () => document.activeElement?.getAttribute('data-testid'), (id) => id === 'confirm-remove');
    assert.ok((await packNames(options)).includes(HARBOUR_NAME), 'not removed before confirming');
    await options.evaluate(() => document.querySelector<HTMLButtonElement>('[data-testid="confirm-remove"]')!.click());
    await pollPage(options, () => Boolean(document.querySelector('.pack[data-pack-id^="user:"]')), (present) => !present);
    assert.deepEqual(((await storedPacks(t.browser)) as { packs: unknown[] }).packs, []);

    await pollPage(popup, () => document.querySelectorAll('[data-claim-id]').length, (n) => n === 0);
    const deadline = Date.now() + 10_000;
    while ((await readHighlights(page)).some((range) => range.kind === 'claim') && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 100));
    assert.deepEqual((await readHighlights(page)).filter((range) => range.kind === 'claim'), [], 'the page no longer paints the removed claim');
    assert.deepEqual(options.errors, [], 'no console errors on the options page');
  });
});
