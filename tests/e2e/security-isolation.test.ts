/**
 * Isolation from the page, in Chromium and Firefox, beyond what content-isolation.test.ts covers:
 * - a page whose CSS hides, shrinks and recolours everything it did not write itself, and whose
 *   scripts (run before Sourcelight) tamper with DOM prototypes, capture shadow roots and watch
 *   every event path, still gets highlights and a full-size, readable tooltip, and learns nothing
 *   of the tooltip: no shadow root, no text, no selection, no event path into it;
 * - synthetic keyboard, pointer, focus and page-lifecycle events change nothing;
 * - claims come only from text the page shows: none from hidden elements, templates, attributes,
 *   generated content, form fields, comments or editable regions;
 * - malformed calls, and calls from the wrong kind of sender, get no answer from the background or
 *   the content script, and leave settings, packs and the page's report exactly as they were.
 */
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';
import type { ExtensionBrowser, TestPage } from './harness/browsers.js';
import { openPopup, tabIdFor } from './harness/extension.js';
import { forEachBrowser } from './harness/suite.js';
import { callContent, claimPoint, claimTexts, readHighlights, sleep, waitForClaims } from './content-helpers.js';
import { readTooltip, waitForTooltip } from './content-probe.js';
import { pristinePoint, readHostileTooltip } from '../fixtures/security/probes.js';
import { listedClaimIds, pollPage, storedPacks, storedSettings } from './ui-helpers.js';

const SECURITY_PAGES = fileURLToPath(new URL('../fixtures/security', import.meta.url));
const ARTICLE_CLAIMS = ['sessions-kislyak-2016-meetings', 'sessions-denied-campaign-discussions', 'sessions-recused-russia-probe'];

async function waitForPopupClaims(browser: ExtensionBrowser, page: TestPage, count: number): Promise<string[]> {
  const popup = await openPopup(browser, await tabIdFor(browser, page));
  return pollPage(popup, () => [...document.querySelectorAll('[data-claim-id]')].map((el) => el.getAttribute('data-claim-id') ?? ''), (ids) => ids.length === count);
}

forEachBrowser(
  'isolation: hostile pages, fake events, hidden text, forged calls',
  (t) => {
    it('page CSS that hides everything it did not write cannot hide, shrink or restyle the tooltip', async () => {
      const page = await t.open('hostile-page.html');
      await waitForClaims(page, 3);
      const point = await pristinePoint(page, 'In March, Sessions recused');
      assert.ok(point, 'the claim sentence is painted');
      await page.mouseMove(point.x, point.y);
      await waitForTooltip(t.browser, page, (s) => s?.open === true);
      // Polled: the tooltip fades in.
      let state = await readHostileTooltip(t.browser, page);
      for (let tries = 0; tries < 30 && state?.dialog?.opacity !== '1'; tries++) {
        await sleep(100);
        state = await readHostileTooltip(t.browser, page);
      }
      assert.equal(state?.claimId, 'sessions-recused-russia-probe');
      assert.deepEqual(
        { ...state!.dialog, width: state!.dialog!.width > 200, height: state!.dialog!.height > 100, onScreen: state!.dialog!.top >= 0 && state!.dialog!.left >= 0 },
        { ...state!.dialog, display: 'block', visibility: 'visible', opacity: '1', width: true, height: true, onScreen: true },
      );
      assert.ok(parseFloat(state!.dialog!.fontSize) >= 12, `readable text, not the page's 2px: ${state!.dialog!.fontSize}`);
      assert.deepEqual(state!.host, { ...state!.host, display: 'block', visibility: 'visible', opacity: '1', transform: 'none', filter: 'none', clipPath: 'none', position: 'fixed' });
      assert.ok(['1', 'normal', ''].includes(state!.host!.zoom), `host zoom ${state!.host!.zoom}`);
    });

    it('page scripts that tamper with DOM prototypes neither break Sourcelight nor see it work', async () => {
      const page = await t.open('hostile-page.html');
      await waitForClaims(page, 3);
      const point = await pristinePoint(page, 'Sessions met with Kislyak');
      assert.ok(point);
      await page.mouseMove(point.x, point.y);
      await waitForTooltip(t.browser, page, (s) => s?.claimId === 'sessions-kislyak-2016-meetings');
      const seen = await page.evaluate(() => {
        const hostile = (window as unknown as { __hostile: { shadowRoots: unknown[]; attachShadowCalls: number; createdTags: string[]; highlightSets: number } }).__hostile;
        return { roots: hostile.shadowRoots.length, attachShadowCalls: hostile.attachShadowCalls, createdTags: hostile.createdTags.filter((tag) => tag !== 'p'), highlightSets: hostile.highlightSets };
      });
      assert.deepEqual(seen, { roots: 0, attachShadowCalls: 0, createdTags: [], highlightSets: 0 }, "Sourcelight never ran the page's patched functions");
      assert.deepEqual(page.errors, []);
    });

    it('the page cannot read the open tooltip: no root, no text, no selection, no event path into it', async () => {
      const page = await t.open('hostile-page.html');
      await waitForClaims(page, 3);
      const point = await pristinePoint(page, 'When he appeared before senators');
      assert.ok(point);
      await page.mouseMove(point.x, point.y);
      await waitForTooltip(t.browser, page, (s) => s?.open === true);
      const open = await readHostileTooltip(t.browser, page);
      assert.ok(open?.statement && open.dialog);
      // Trusted pointer moves and a click over the tooltip's own text, then the keyboard path (focus inside).
      await page.mouseMove(open.dialog.left + 40, open.dialog.top + 30);
      await page.mouseMove(open.dialog.left + 80, open.dialog.top + open.dialog.height / 2);
      await page.click(open.dialog.left + 80, open.dialog.top + open.dialog.height / 2);
      assert.equal(await callContent(t.browser, 'stepClaim', { direction: 1 }), true);
      await page.bringToFront();
      await waitForTooltip(t.browser, page, (s) => s?.focused === true);
      const statement = open.statement.slice(0, 40);
      const leak = await page.evaluate((wanted) => {
        const host = [...document.documentElement.children].find((element) => element.localName.startsWith('sourcelight-'))!;
        const selection = document.getSelection()!;
        selection.selectAllChildren(document.documentElement);
        const selected = selection.toString();
        selection.removeAllRanges();
        const inner = ['DIV', 'H2', 'H3', 'SPAN', 'BUTTON', 'UL', 'LI', 'SECTION', 'DETAILS', 'SUMMARY', 'Q', 'A', 'svg', 'path', '#document-fragment'];
        const paths = (window as unknown as { __hostile: { paths: string[] } }).__hostile.paths;
        return {
          shadowRoot: host.shadowRoot,
          attributes: host.getAttributeNames(),
          hostText: host.textContent,
          inDocumentText: document.documentElement.innerText.includes(wanted) || document.documentElement.textContent!.includes(wanted),
          inSelection: selected.includes(wanted),
          activeIsHost: document.activeElement === host,
          pathsIntoTooltip: paths.filter((entry) => inner.includes(entry.slice(entry.indexOf(':') + 1).split('>')[0]!)),
          pathsAtHost: paths.filter((entry) => entry.slice(entry.indexOf(':') + 1).startsWith(host.nodeName)).length > 0,
        };
      }, statement);
      assert.deepEqual(leak, { shadowRoot: null, attributes: ['style'], hostText: '', inDocumentText: false, inSelection: false, activeIsHost: true, pathsIntoTooltip: [], pathsAtHost: true });
    });

    it('synthetic pointer, keyboard, focus and page-lifecycle events open nothing and change nothing', async () => {
      const page = await t.open('plain-article.html');
      await waitForClaims(page, 3);
      assert.deepEqual((await waitForPopupClaims(t.browser, page, 3)).sort(), [...ARTICLE_CLAIMS].sort());
      await page.bringToFront();
      const point = await claimPoint(page, 'When he appeared before senators');
      assert.ok(point);
      // Untrusted pointer, mouse, click, focus and key events aimed at the painted sentence open nothing.
      await page.evaluate(({ x, y }) => {
        const target = document.elementFromPoint(x, y)!;
        for (const type of ['pointerover', 'pointerenter', 'pointermove', 'pointerdown', 'pointerup']) target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: 'mouse', isPrimary: true }));
        for (const type of ['mouseover', 'mousemove', 'mousedown', 'mouseup', 'click']) target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
        target.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        for (const key of ['Enter', ' ', 'N']) target.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: key === 'N', shiftKey: key === 'N', bubbles: true, composed: true }));
      }, point);
      await sleep(800);
      assert.equal((await readTooltip(t.browser, page))?.open ?? false, false, 'untrusted events at a highlight open no tooltip');
      await page.mouseMove(point.x, point.y);
      const before = await waitForTooltip(t.browser, page, (s) => s?.open === true);
      await page.evaluate(() => {
        const targets: EventTarget[] = [document, window, document.documentElement, document.body, document.activeElement ?? document.body];
        for (const target of targets) {
          for (const key of ['Escape', 'Tab', 'Enter', 'ArrowDown']) {
            target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
            target.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
          }
          target.dispatchEvent(new PointerEvent('pointerleave', { bubbles: false }));
          target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 1, clientY: 1, pointerType: 'mouse' }));
          target.dispatchEvent(new FocusEvent('blur'));
          target.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
          target.dispatchEvent(new Event('scroll'));
        }
        window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
        window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
        document.dispatchEvent(new Event('visibilitychange'));
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      });
      await sleep(1200);
      const after = await readTooltip(t.browser, page);
      assert.equal(after?.open, true, 'the tooltip the reader opened stays open');
      assert.equal(after?.claimId, before!.claimId);
      assert.deepEqual(claimTexts(await readHighlights(page)).length, 3, 'highlights unchanged');
      assert.deepEqual((await waitForPopupClaims(t.browser, page, 3)).sort(), [...ARTICLE_CLAIMS].sort(), "the tab's report is unchanged");
      assert.deepEqual(page.errors, []);
    });

    it('claims come only from text the page shows, never from hidden elements, attributes or generated content', async () => {
      const page = await t.open('hidden-claims.html');
      const painted = claimTexts(await waitForClaims(page, 1));
      assert.deepEqual(painted, ['The only claim on this page in plain view: Sessions met with Kislyak at the Republican convention.']);
      assert.deepEqual(await waitForPopupClaims(t.browser, page, 1), ['sessions-kislyak-2016-meetings']);
      await page.bringToFront();
      for (const hidden of ['sessions-recused-russia-probe', 'sessions-denied-campaign-discussions', 'trump-sessions-bad-answers', 'trump-dismisses-russia-reports', 'russia-interference-assessment']) {
        assert.equal(await callContent(t.browser, 'showClaim', { claimId: hidden }), false, `${hidden} cannot be shown`);
      }
      assert.equal((await readTooltip(t.browser, page))?.open ?? false, false);
    });

    it('malformed or misdirected calls get no answer and change nothing', async () => {
      const page = await t.open('plain-article.html');
      await waitForClaims(page, 3);
      const tabId = await tabIdFor(t.browser, page);
      await waitForPopupClaims(t.browser, page, 3);
      const settingsBefore = await storedSettings(t.browser);
      const packsBefore = await storedPacks(t.browser);
      const highlightsBefore = claimTexts(await readHighlights(page));

      const outcomes = await t.browser.inExtension(async (api, id) => {
        const deep: Record<string, unknown> = {};
        let node = deep;
        for (let i = 0; i < 500; i++) node = (node['a'] = {}) as Record<string, unknown>;
        const background: unknown[] = [
          null, 0, 'getSettings', [], {}, { type: 'getSettings' }, { type: 'getSettings', args: {}, extra: 1 }, { type: 'getSettings', args: { x: 1 } },
          { type: 'nope', args: {} }, { type: '__proto__', args: {} }, { type: 'constructor', args: {} }, { type: 'toString', args: {} }, { type: 'hasOwnProperty', args: {} },
          { type: 'updateSettings', args: { patch: { confidence: 'always' } } }, { type: 'updateSettings', args: { patch: { pausedSites: '127.0.0.1' } } },
          { type: 'updateSettings', args: { patch: { highlightStyle: 'underline', extra: true } } }, { type: 'updateSettings', args: { patch: JSON.parse('{"__proto__":{"polluted":1},"screenReaderMode":true}') } },
          { type: 'updateSettings', args: { patch: { pausedSites: ['x'.repeat(300)] } } }, { type: 'updateSettings', args: deep },
          { type: 'importPack', args: { fileName: 'x.json', text: 42 } }, { type: 'importPack', args: { fileName: 'x'.repeat(2000), text: '{}' } },
          { type: 'setPackEnabled', args: { packId: 'bundled:x', enabled: 'yes' } }, { type: 'removePack', args: { packId: 5 } }, { type: 'removePack', args: {} },
          { type: 'getTabReport', args: { tabId: -1 } }, { type: 'getTabReport', args: { tabId: String(id) } }, { type: 'getTabReport', args: { tabId: 1.5 } },
          { type: 'dismissNotice', args: { id: {} } },
          // Calls only a content script may make, from an extension page: the wrong sender.
          { type: 'scan', args: { generation: 1, blocks: [{ key: 0, text: 'Sessions recused himself from the Russia investigation.' }] } },
          { type: 'reportFrame', args: { url: 'https://example.org/', generation: 99, claims: [], profile: { sentences: 0, attributed: 0, counts: {}, unnamedShare: 0, signals: [] } } },
        ];
        const content: unknown[] = [
          null, 'showClaim', { type: 'showClaim' }, { type: 'showClaim', args: { claimId: 5 } }, { type: 'showClaim', args: { claimId: 'x'.repeat(1000) } },
          { type: 'showClaim', args: { claimId: 'sessions-recused-russia-probe' }, extra: 1 }, { type: 'stepClaim', args: { direction: 2 } }, { type: 'stepClaim', args: { direction: '1' } },
          { type: 'refresh', args: { settings: { confidence: 'possible' } } }, { type: 'refresh', args: { settings: null } },
          { type: 'scan', args: { generation: 1, blocks: [] } }, { type: 'getTabReport', args: { tabId: id } },
        ];
        const answer = async (send: () => Promise<unknown>) => {
          try {
            const value = await send();
            return value === undefined ? 'none' : JSON.stringify(value).slice(0, 120);
          } catch {
            return 'none';
          }
        };
        const results: { to: string; message: string; answer: string }[] = [];
        for (const message of background) results.push({ to: 'background', message: JSON.stringify(message)?.slice(0, 80) ?? String(message), answer: await answer(() => api.runtime.sendMessage(message)) });
        for (const message of content) results.push({ to: 'content', message: JSON.stringify(message)?.slice(0, 80) ?? String(message), answer: await answer(() => api.tabs.sendMessage(id, message, { frameId: 0 })) });
        const alive = await api.runtime.sendMessage({ type: 'getSettings', args: {} });
        const report = (await api.runtime.sendMessage({ type: 'getTabReport', args: { tabId: id } })) as { claims: { id: string }[] } | null;
        return { answered: results.filter((r) => r.answer !== 'none'), alive: typeof alive === 'object' && alive !== null, reportClaims: report?.claims.length ?? -1, polluted: ({} as Record<string, unknown>)['polluted'] ?? null };
      }, tabId);

      assert.deepEqual(outcomes.answered, [], 'every malformed or misdirected call is dropped unanswered');
      assert.deepEqual({ alive: outcomes.alive, reportClaims: outcomes.reportClaims, polluted: outcomes.polluted }, { alive: true, reportClaims: 3, polluted: null });
      assert.deepEqual(await storedSettings(t.browser), settingsBefore, 'settings unchanged');
      assert.deepEqual(await storedPacks(t.browser), packsBefore, 'packs unchanged');
      assert.equal((await readTooltip(t.browser, page))?.open ?? false, false, 'nothing opened on the page');
      assert.deepEqual(claimTexts(await readHighlights(page)), highlightsBefore, 'highlights unchanged');
      assert.deepEqual((await listedClaimIds(await openPopup(t.browser, tabId), 3)).sort(), [...ARTICLE_CLAIMS].sort());
    });
  },
  { pages: SECURITY_PAGES },
);
