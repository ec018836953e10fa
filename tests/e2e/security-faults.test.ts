/**
 * Faults, in Chromium and Firefox where the browser lets a test cause them (each skip says why):
 * - a pack removed while tabs show its claims: the tabs drop them without a reload;
 * - storage.local full (filled from an extension page until the browser refuses): changing a
 *   setting says so and changes nothing; once space is freed it works;
 * - the IndexedDB quota exhausted (DevTools protocol quota override): an import is refused with a
 *   clear reason and nothing is stored;
 * - garbage written into every store (settings, IndexedDB packs and switches, session storage),
 *   then the background restarted (Chromium: the service worker; Firefox: runtime.reload): it comes
 *   back, repairs what it can, tells the reader in the popup and the options page, and keeps every
 *   stored pack, using every valid one;
 * - the MV3 service worker stopped mid-session (Chromium): the popup still shows the tab's report,
 *   hovering still opens tooltips, and text the page adds afterwards is still scanned, also when
 *   the worker lost its copy of the page's scans (the page sends the blocks it asks for again).
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import type { Page as PwPage } from 'playwright';
import type { ExtensionApi, TestPage } from './harness/browsers.js';
import { openPopup, restartServiceWorker } from './harness/extension.js';
import { evaluateWithApi } from './harness/page.js';
import { forEachBrowser } from './harness/suite.js';
import { claimPoint, claimTexts, sleep, waitForClaims } from './content-helpers.js';
import { waitForTooltip } from './content-probe.js';
import { chooseFile, importOutcome, listedClaimIds, openOptions, packNames, pollPage, storedPacks, storedSettings } from './ui-helpers.js';
import { PAYLOAD_CLAIM, payloadPack } from '../fixtures/security/payloads.js';
import { importPayloadPack, popupClaims, removePackInOptions, tabIdVia, writeGarbage } from '../fixtures/security/steps.js';

const SECURITY_PAGES = fileURLToPath(new URL('../fixtures/security', import.meta.url));
const ARTICLE_CLAIMS = ['sessions-denied-campaign-discussions', 'sessions-kislyak-2016-meetings', 'sessions-recused-russia-probe'];

forEachBrowser(
  'faults',
  (t) => {
    it('IndexedDB quota exhausted: an import is refused with the reason, and nothing is stored', async (ctx) => {
      if (t.name === 'firefox') return ctx.skip('Firefox offers automation no per-origin quota override');
      // First in the file: Chromium applies a quota override when the pack database is opened, and
      // the first import is what opens it.
      const options = await openOptions(t.browser);
      const cdp = await (options.raw as PwPage).context().newCDPSession(options.raw as PwPage);
      const packsBefore = await storedPacks(t.browser);
      const namesBefore = await packNames(options);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: t.browser.origin, quotaSize: 1024 });
      try {
        await chooseFile(options, 'payloads.json', JSON.stringify(payloadPack()));
        const outcome = await importOutcome(options);
        assert.equal(outcome.ok, false);
        assert.match(outcome.text, /nothing was changed/i);
        assert.ok(outcome.problems.some((problem) => /storage space/i.test(problem)), outcome.problems.join(' | '));
        assert.deepEqual(await storedPacks(t.browser), packsBefore);
        assert.deepEqual(await packNames(options), namesBefore);
      } finally {
        await cdp.send('Storage.overrideQuotaForOrigin', { origin: t.browser.origin });
        await cdp.detach();
      }
      const packId = await importPayloadPack(options);
      await removePackInOptions(options, packId);
      assert.deepEqual(options.errors, []);
    });

    it('a pack removed while tabs show its claims disappears from those tabs without a reload', async () => {
      const options = await openOptions(t.browser);
      const packId = await importPayloadPack(options);
      const first = await t.open('payload-article.html');
      const second = await t.open('payload-article.html');
      const article = await t.open('plain-article.html');
      for (const page of [first, second]) assert.deepEqual(claimTexts(await waitForClaims(page, 1)).length, 1);
      assert.deepEqual(await popupClaims(t.browser, first, 1), [PAYLOAD_CLAIM]);

      await removePackInOptions(options, packId);
      for (const page of [first, second]) await waitForClaims(page, 0);
      assert.deepEqual(await popupClaims(t.browser, second, 0), []);
      assert.deepEqual(await popupClaims(t.browser, article, 3), ARTICLE_CLAIMS, 'the other packs keep working');
      assert.deepEqual(((await storedPacks(t.browser)) as { packs: unknown[] }).packs, []);
      for (const page of [first, second, article, options]) assert.deepEqual(page.errors, []);
    });

    it('storage.local full: a settings change says so and changes nothing; freed space makes it work', async (ctx) => {
      if (t.name === 'firefox') return ctx.skip("Firefox's storage.local has no quota a test can fill (no QUOTA_BYTES)");
      const effective = () => t.browser.inExtension((api) => api.runtime.sendMessage({ type: 'getSettings', args: {} })) as Promise<{ highlightStyle: string }>;
      const before = await storedSettings(t.browser);
      const inForce = await effective();
      const filled = await t.browser.inExtension(async (api) => {
        let keys = 0;
        // Largest chunks first, then ever smaller ones, until not even 16 bytes fit.
        for (let size = 1 << 20; size >= 16; size >>= 2) {
          for (;;) {
            try {
              await api.storage.local.set({ [`junk-${keys}`]: 'x'.repeat(size) });
              keys++;
            } catch (error) {
              if (!/quota/i.test(String(error))) throw error;
              break;
            }
          }
        }
        return keys;
      });
      assert.ok(filled > 9, `filled storage.local with ${filled} keys`);
      try {
        const options = await openOptions(t.browser);
        await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="highlight-style"][value="underline"]')!.click());
        const error = await pollPage(options, () => document.querySelector('.error')?.textContent ?? '', (text) => text.length > 0);
        assert.match(error, /storage .* is full|not saved/i, 'the reader is told the setting was not saved, and why');
        assert.deepEqual(await storedSettings(t.browser), before, 'nothing changed in storage');
        assert.deepEqual(await effective(), inForce, 'nothing changed in force');
        assert.equal(await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="highlight-style"]:checked')?.value), inForce.highlightStyle, 'the form shows what is really in force');
      } finally {
        await t.browser.inExtension(async (api) => api.storage.local.remove(Object.keys(await api.storage.local.get(null)).filter((key) => key.startsWith('junk-'))));
      }
      const options = await openOptions(t.browser);
      await options.evaluate(() => document.querySelector<HTMLInputElement>('input[name="highlight-style"][value="underline"]')!.click());
      await pollPage(options, () => document.querySelector('.status-line')?.textContent, (text) => text === 'Saved.');
      assert.equal(((await storedSettings(t.browser)) as { highlightStyle: string }).highlightStyle, 'underline');
    });

    it('the service worker stopped mid-session: popup, hover and newly added text keep working', async (ctx) => {
      const worker = t.browser.serviceWorker;
      if (!worker) return ctx.skip("Firefox's background is an event page that automation cannot stop (the restart test below reloads it)");
      const page = await t.open('plain-article.html');
      await waitForClaims(page, 3);
      await sleep(500);

      await worker.stop();
      assert.deepEqual(await popupClaims(t.browser, page, 3), ARTICLE_CLAIMS, "the popup still shows the tab's report");

      await worker.stop();
      await page.bringToFront();
      const point = await claimPoint(page, 'In March, Sessions recused');
      assert.ok(point);
      await page.mouseMove(point.x, point.y);
      await waitForTooltip(t.browser, page, (s) => s?.claimId === 'sessions-recused-russia-probe');

      // Text the page adds while the worker is stopped, and more added as it is stopped again mid-scan.
      await worker.stop();
      await page.evaluate(() => {
        const paragraph = document.createElement('p');
        paragraph.textContent = 'Trump said Sessions gave bad answers at his confirmation hearing, two aides recalled.';
        document.querySelector('article')!.append(paragraph);
      });
      await waitForClaims(page, 4);
      await page.evaluate(() => {
        for (let i = 0; i < 30; i++) {
          const paragraph = document.createElement('p');
          paragraph.textContent = i === 29 ? 'Intelligence agencies concluded Russia interfered in the election to help Trump.' : `Background paragraph number ${i} about the schedule of hearings.`;
          document.querySelector('article')!.append(paragraph);
        }
      });
      await worker.stop();
      await waitForClaims(page, 5);
      assert.deepEqual((await popupClaims(t.browser, page, 5)).length, 5);

      // A worker that lost the page's scans (stopped without a stored copy of them): the next
      // report names blocks it does not hold, it asks for those, the page sends them again and
      // the report goes through (else the popup would keep the five claims of the last report).
      await t.browser.inExtension(async (api) => api.storage.session.remove(Object.keys(await api.storage.session.get(null)).filter((key) => key.startsWith('scans:'))));
      await worker.stop();
      await page.evaluate(() => {
        const paragraph = document.createElement('p');
        paragraph.textContent = 'The Washington Post reported in July 2017 that intercepted communications showed Kislyak told Moscow he had discussed campaign matters with Sessions.';
        document.querySelector('article')!.append(paragraph);
      });
      await waitForClaims(page, 6);
      assert.deepEqual((await popupClaims(t.browser, page, 6)).length, 6);
      assert.deepEqual(page.errors, []);
    });

    it('garbage in every store: the background restarts, repairs, tells the reader, and keeps every stored pack', async () => {
      const options = await openOptions(t.browser);
      const validId = await importPayloadPack(options);
      const settingsBefore = await t.browser.inExtension((api) => api.runtime.sendMessage({ type: 'getSettings', args: {} }));
      await t.browser.inExtension(writeGarbage, validId);

      // Restart the background: the service worker in Chromium; a reload of the add-on in Firefox
      // (which closes every extension page, the harness's control tab included: this test is last).
      let control: TestPage;
      if (t.browser.serviceWorker) {
        await restartServiceWorker(t.browser);
        control = await t.browser.openExtensionPage('options.html');
      } else {
        await t.browser.inExtension((api) => void setTimeout(() => api.runtime.reload(), 50));
        await sleep(2500);
        control = await t.browser.openExtensionPage('options.html');
      }
      const inControl = <R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg: A) => evaluateWithApi(control, fn, arg);

      // The valid pack is listed, switched on and used on a fresh page.
      const reopened = await openOptions(t.browser);
      const cards = await pollPage(
        reopened,
        () => [...document.querySelectorAll<HTMLElement>('.pack[data-pack-id^="user:"]')].map((card) => ({ id: card.dataset['packId'], text: card.innerText, off: card.querySelector<HTMLInputElement>('[data-testid="pack-enabled"]')?.disabled ?? null })),
        (list) => list.length >= 5,
      );
      const valid = cards.find((card) => card.id === validId);
      assert.ok(valid && valid.off === false, `the valid pack is listed and usable: ${JSON.stringify(cards)}`);
      const damaged = cards.filter((card) => card.id !== validId);
      assert.deepEqual(damaged.map((card) => card.id).sort(), ['user:garbage-invalid', 'user:garbage-missing', 'user:garbage-null', 'user:garbage-string']);
      for (const card of damaged) {
        assert.match(card.text, /damaged/i, `${card.id} says it is damaged`);
        assert.equal(card.off, true, `${card.id} cannot be switched on`);
      }
      const notices = await reopened.evaluate(() => document.querySelector('.notices')?.textContent ?? '');
      assert.match(notices, /could not be read back/, 'the options page tells the reader');
      assert.ok(notices.includes('A damaged <img src=x onerror=alert(1)> pack'), 'a damaged pack is named, as text');
      assert.equal(await reopened.evaluate(() => document.querySelectorAll('.notices img').length), 0);

      const page = await t.open('payload-article.html');
      await waitForClaims(page, 1);
      const popup = await openPopup(t.browser, await tabIdVia(control, page));
      assert.deepEqual(await listedClaimIds(popup), [PAYLOAD_CLAIM], 'the valid stored pack is used');
      const notice = await pollPage(popup, () => document.querySelector('[data-testid="notice"]')?.textContent ?? '', (text) => text.length > 0);
      assert.ok(notice.length > 10, 'the popup tells the reader something went wrong');

      // Settings: repaired to valid values, and said so; nothing stored was deleted.
      const settings = (await inControl((api) => api.storage.local.get('settings'), undefined))['settings'] as Record<string, unknown>;
      assert.deepEqual(Object.keys(settings).sort(), Object.keys(settingsBefore as object).sort());
      assert.equal(typeof settings['highlightStyle'], 'string');
      assert.ok(Array.isArray(settings['pausedSites']) && Array.isArray(settings['paintKinds']));
      const ids = await inControl(
        () =>
          new Promise<string[]>((resolve) => {
            const open = indexedDB.open('sourcelight');
            open.onsuccess = () => {
              const request = open.result.transaction('packs').objectStore('packs').getAllKeys();
              request.onsuccess = () => {
                resolve((request.result as string[]).sort());
                open.result.close();
              };
            };
          }),
        undefined,
      );
      assert.deepEqual(ids, ['user:garbage-invalid', 'user:garbage-missing', 'user:garbage-null', 'user:garbage-string', validId].sort(), 'no stored pack was deleted');
      for (const extensionPage of [reopened, popup]) assert.deepEqual(extensionPage.errors, []);
    });
  },
  { pages: SECURITY_PAGES },
);
