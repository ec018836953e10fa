/**
 * The toolbar popup (as `popup.html?tab=ID`) in Chromium and Firefox, on an own-written article
 * about the seed story: claims listed with `data-claim-id`, status and sourcing chips; the badge;
 * choosing a claim opens its tooltip in the page; the sourcing profile; the cue switches paint
 * and unpaint cues; pausing the site is remembered; the report survives the service worker being
 * stopped; and (with an imported test pack) the confidence setting.
 */
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { readHighlights } from './content-helpers.js';
import { waitForTooltip } from './content-probe.js';
import type { TestPage } from './harness/browsers.js';
import { badgeText, openPopup, restartServiceWorker, tabIdFor, waitForBadge } from './harness/extension.js';
import { forEachBrowser } from './harness/suite.js';
import { HARBOUR_CLAIM, HARBOUR_POSSIBLE, harbourPack } from './ui-data.js';
import { chooseFile, importOutcome, listedClaimIds, openOptions, pollPage, storedSettings } from './ui-helpers.js';

const CONFIDENT = ['kislyak-reported-campaign-talks', 'sessions-denied-campaign-discussions', 'doj-disputes-intercept-report', 'sessions-kislyak-2016-meetings'];

function click(page: TestPage, selector: string): Promise<void> {
  return page.evaluate((css: string) => {
    const element = document.querySelector<HTMLElement>(css);
    if (!element) throw new Error(`nothing matches ${css}`);
    element.click();
  }, selector);
}

forEachBrowser('popup', (t) => {
  let article: TestPage;
  let tabId: number;
  before(async () => {
    article = await t.browser.openPage(t.server.url('ui-article.html'));
    tabId = await tabIdFor(t.browser, article);
  });

  it('lists every claim found, each with data-claim-id, a status chip and sourcing chips', async () => {
    const popup = await openPopup(t.browser, tabId);
    const ids = await listedClaimIds(popup, CONFIDENT.length);
    assert.deepEqual([...ids].sort(), [...CONFIDENT].sort());
    const entries = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-claim-id]')].map((el) => ({
        tag: el.tagName,
        status: el.querySelector('.sl-status')?.textContent ?? '',
        kinds: [...el.querySelectorAll('.sl-kind')].map((chip) => ({ text: chip.textContent ?? '', icon: Boolean(chip.querySelector('svg')) })),
      })),
    );
    for (const entry of entries) {
      assert.equal(entry.tag, 'BUTTON', 'each claim is a button');
      assert.ok(entry.status.length > 0, 'status chip has a label');
      assert.ok(entry.kinds.length > 0, 'sourcing chips present');
      assert.ok(entry.kinds.every((kind) => kind.icon && kind.text.length > 0), 'each chip has an icon and a label');
    }
    assert.match(await popup.evaluate(() => document.querySelector('h2')?.textContent ?? ''), /4 claims/);
    assert.deepEqual(popup.errors, []);
  });

  it('shows the claim count on the toolbar badge with a title that says it in words', async () => {
    await waitForBadge(t.browser, tabId, String(CONFIDENT.length));
    const title = await t.browser.inExtension((api, id) => api.action.getTitle({ tabId: id }), tabId);
    assert.match(title, /4 claims found/);
  });

  it('choosing a claim (click, or Enter from the keyboard) opens its tooltip in the page', async () => {
    const popup = await openPopup(t.browser, tabId);
    await listedClaimIds(popup, CONFIDENT.length);
    await click(popup, '[data-claim-id="doj-disputes-intercept-report"]');
    const clicked = await waitForTooltip(t.browser, article, (state) => state?.claimId === 'doj-disputes-intercept-report');
    assert.ok(clicked?.open);
    await pollPage(popup, () => document.querySelector('.status-line')?.textContent ?? '', (text) => text.length > 0);

    await popup.evaluate(() => document.querySelector<HTMLElement>('[data-claim-id="kislyak-reported-campaign-talks"]')!.focus());
    const outline = await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.notEqual(outline, 'none', 'keyboard focus is visible');
    await popup.press('Enter');
    const pressed = await waitForTooltip(t.browser, article, (state) => state?.claimId === 'kislyak-reported-campaign-talks');
    assert.ok(pressed?.open);
  });

  it("shows the article's sourcing profile: counts per kind, unnamed share, credibility signals", async () => {
    const popup = await openPopup(t.browser, tabId);
    await listedClaimIds(popup, CONFIDENT.length);
    const profile = await popup.evaluate(() => ({
      counts: Object.fromEntries([...document.querySelectorAll<HTMLElement>('.kind-table tbody tr')].map((row) => [row.dataset['kind'], Number(row.querySelector('.num')?.textContent)])),
      share: document.querySelector('[data-testid="unnamed-share"]')?.textContent ?? '',
      signals: [...document.querySelectorAll('.signal dt')].map((dt) => dt.textContent),
      explanations: [...document.querySelectorAll('.signal dd')].map((dd) => dd.textContent ?? ''),
    }));
    assert.ok(profile.counts['anonymous']! >= 1 && profile.counts['denial']! >= 1 && profile.counts['on-record']! >= 1, JSON.stringify(profile.counts));
    assert.match(profile.share, /\d+\s?% of the attributed sentences rest on unnamed sources/);
    assert.ok(profile.signals.includes('Anonymous Sources Cited'), JSON.stringify(profile.signals));
    assert.ok(profile.signals.includes('Premise of article is disputed by primary subjects'), JSON.stringify(profile.signals));
    assert.ok(profile.explanations.every((text) => text.length > 20));
  });

  it('a cue switch paints that sourcing kind on the page, and switching it off removes it', async () => {
    const popup = await openPopup(t.browser, tabId);
    await listedClaimIds(popup, CONFIDENT.length);
    const cues = async () => (await readHighlights(article)).filter((range) => range.kind === 'cue-denial');
    assert.equal((await cues()).length, 0, 'no cues before switching on');
    await click(popup, '[data-testid="paint-denial"]');
    await pollPage(popup, () => document.querySelector<HTMLInputElement>('[data-testid="paint-denial"]')?.checked, Boolean);
    const deadline = Date.now() + 10_000;
    while ((await cues()).length === 0 && Date.now() < deadline) await new Promise((wait) => setTimeout(wait, 100));
    const painted = await cues();
    assert.ok(painted.length >= 1, 'denial cues painted');
    assert.ok(painted.some((range) => /denied/.test(range.text)), JSON.stringify(painted));
    assert.deepEqual(((await storedSettings(t.browser)) as { paintKinds: string[] }).paintKinds, ['denial']);

    await click(popup, '[data-testid="paint-denial"]');
    const gone = Date.now() + 10_000;
    while ((await cues()).length > 0 && Date.now() < gone) await new Promise((wait) => setTimeout(wait, 100));
    assert.equal((await cues()).length, 0, 'cues removed');
  });

  it('keeps the tab report in session storage, and across a service-worker restart', async (ctx) => {
    const stored = await t.browser.inExtension(async (api, id) => (await api.storage.session.get(`tab:${id}`))[`tab:${id}`], tabId);
    assert.ok(stored && typeof stored === 'object' && 'frames' in stored, 'the report is in storage.session, not only in memory');
    // Firefox runs the background as an event page, which the automation protocols cannot stop.
    if (!t.browser.serviceWorker) return ctx.skip('no service worker to stop in Firefox');
    await restartServiceWorker(t.browser);
    const popup = await openPopup(t.browser, tabId);
    assert.deepEqual([...(await listedClaimIds(popup, CONFIDENT.length))].sort(), [...CONFIDENT].sort());
    assert.equal(await badgeText(t.browser, tabId), String(CONFIDENT.length));
  });

  it('pausing the site unpaints the page, is remembered, and resuming brings the claims back', async () => {
    const popup = await openPopup(t.browser, tabId);
    await listedClaimIds(popup, CONFIDENT.length);
    await click(popup, '[data-testid="pause-site"]');
    await pollPage(popup, () => document.querySelector('#claims-heading')?.textContent ?? '', (text) => /Paused on 127\.0\.0\.1/.test(text));
    assert.deepEqual(((await storedSettings(t.browser)) as { pausedSites: string[] }).pausedSites, ['127.0.0.1']);
    const unpainted = Date.now() + 10_000;
    while ((await readHighlights(article)).length > 0 && Date.now() < unpainted) await new Promise((wait) => setTimeout(wait, 100));
    assert.deepEqual(await readHighlights(article), [], 'nothing painted while paused');
    await waitForBadge(t.browser, tabId, '');

    const reopened = await openPopup(t.browser, tabId);
    await pollPage(reopened, () => document.querySelector('#claims-heading')?.textContent ?? '', (text) => /Paused on/.test(text));
    assert.equal(await reopened.evaluate(() => document.querySelectorAll('[data-claim-id]').length), 0);

    await click(reopened, '.empty-state button');
    assert.equal((await listedClaimIds(reopened, CONFIDENT.length)).length, CONFIDENT.length);
    await waitForBadge(t.browser, tabId, String(CONFIDENT.length));
  });

  it("navigating the tab to another page replaces its report: no stale claims, badge cleared", async () => {
    const before = await t.browser.inExtension(async (api, id) => (await api.storage.session.get(`tab:${id}`))[`tab:${id}`] as { frames: Record<string, { document?: string }> }, tabId);
    // Without per-document ids the old page's pagehide report can land after the new page's
    // first report and wipe it; with them, the late report of the old document is ignored.
    assert.match(before.frames['0']?.document ?? '', /^[0-9a-f]{32}$/, 'the content script sends its document id');
    await article.goto(t.server.url('ui-harbour.html'));
    const popup = await openPopup(t.browser, tabId);
    await pollPage(popup, () => document.querySelector('#claims-heading')?.textContent ?? '', (text) => /No known claims/.test(text));
    assert.equal(await popup.evaluate(() => document.querySelectorAll('[data-claim-id]').length), 0);
    await waitForBadge(t.browser, tabId, '');
    const report = await t.browser.inExtension(async (api, id) => (await api.storage.session.get(`tab:${id}`))[`tab:${id}`] as { url: string }, tabId);
    assert.match(report.url, /ui-harbour\.html$/);
  });
});

forEachBrowser('popup confidence setting', (t) => {
  let tabId: number;
  before(async () => {
    const options = await openOptions(t.browser);
    await chooseFile(options, 'harbourview.json', JSON.stringify(harbourPack()));
    assert.ok((await importOutcome(options)).ok);
    const page = await t.browser.openPage(t.server.url('ui-harbour.html'));
    tabId = await tabIdFor(t.browser, page);
  });

  it('"also show possible matches" adds the possible match, marked as such; "confident only" hides it again', async () => {
    const popup = await openPopup(t.browser, tabId);
    assert.deepEqual(await listedClaimIds(popup), [HARBOUR_CLAIM]);
    assert.equal(await popup.evaluate(() => document.querySelector<HTMLInputElement>('input[name="confidence"][value="confident"]')?.checked), true, 'confident only by default');
    await click(popup, 'input[name="confidence"][value="possible"]');
    assert.deepEqual(await listedClaimIds(popup, 2), [HARBOUR_CLAIM, HARBOUR_POSSIBLE], 'possible matches listed after the confident ones');
    const flagged = await popup.evaluate((id: string) => {
      const entry = document.querySelector(`[data-claim-id="${id}"]`);
      return { className: entry?.className ?? '', flag: entry?.querySelector('.sl-flag-possible')?.textContent ?? '' };
    }, HARBOUR_POSSIBLE);
    assert.match(flagged.className, /claim-possible/);
    assert.equal(flagged.flag, 'Possible match');
    assert.equal(((await storedSettings(t.browser)) as { confidence: string }).confidence, 'possible');

    await click(popup, 'input[name="confidence"][value="confident"]');
    await pollPage(popup, () => [...document.querySelectorAll('[data-claim-id]')].map((el) => el.getAttribute('data-claim-id')), (ids) => ids.length === 1);
    assert.deepEqual(await listedClaimIds(popup), [HARBOUR_CLAIM]);
  });
});
