/**
 * The page cannot steer, read or break what Sourcelight draws (issues #2 and #8, page side), in
 * both browsers: untrusted events, postMessage and DOM attributes open nothing; highlights the
 * page adds to our registry open no tooltip; highlights and sheets the page deletes come back; a
 * removed host comes back when a tooltip opens; the page has no way to message the extension;
 * every string of a claim pack renders as text and links open apart from the page; pausing a
 * site removes everything, resuming brings it back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestPage } from './harness/browsers.js';
import { forEachBrowser } from './harness/suite.js';
import { callContent, claimPoint, claimTexts, eventually, readHighlights, sleep, updateSettings, waitForClaims } from './content-helpers.js';
import { inClosedRoot, readTooltip, waitForTooltip } from './content-probe.js';

const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';

const injectionPack = {
  schemaVersion: 1,
  name: `Payload pack ${PAYLOAD}`,
  publisher: `Publisher ${PAYLOAD}`,
  version: '1.0.0',
  updated: '2026-01-01',
  license: 'CC0-1.0',
  claims: [
    {
      id: 'zebra-xylophone',
      statement: `A zebra played the xylophone. ${PAYLOAD}`,
      status: 'unverified',
      statusNote: `Note ${PAYLOAD}`,
      match: { all: [['zebra'], ['xylophone']], phrasings: ['The zebra played the xylophone.'] },
      sources: [
        { kind: 'anonymous', who: `Someone ${PAYLOAD}`, outlet: `Outlet ${PAYLOAD}`, quote: `Quote ${PAYLOAD}` },
        { kind: 'document', who: 'A record', outlet: 'Archive', url: 'https://example.org/record' },
      ],
      firstReport: { outlet: `First ${PAYLOAD}`, date: '2026-01-01', url: 'http://example.org/first' },
    },
  ],
};

forEachBrowser('isolation from the page', (t) => {
  async function openArticle(): Promise<TestPage> {
    const page = await t.open('article.html');
    await waitForClaims(page, 6);
    return page;
  }

  test('untrusted events, postMessage and attributes from the page open nothing', async () => {
    const page = await openArticle();
    const point = await claimPoint(page, 'The exchanges went beyond');
    assert.ok(point);
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      for (const type of ['pointerover', 'pointerenter', 'pointermove', 'mouseover', 'mousemove']) {
        target.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: 'mouse' }));
      }
      window.postMessage({ type: 'showClaim', args: { claimId: 'sessions-kislyak-substantive-talks' } }, '*');
      document.dispatchEvent(new CustomEvent('sourcelight:showClaim', { detail: { claimId: 'sessions-kislyak-substantive-talks' } }));
      document.body.setAttribute('data-claim-id', 'sessions-kislyak-substantive-talks');
      target.setAttribute('data-sourcelight-open', 'true');
    }, point);
    await sleep(800);
    assert.equal((await readTooltip(t.browser, page))?.open ?? false, false);
  });

  test('the page has no channel to the extension', async () => {
    const page = await openArticle();
    const reach = await page.evaluate(async () => {
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown }).chrome?.runtime;
      return { runtime: typeof runtime?.sendMessage, browser: typeof (globalThis as { browser?: unknown }).browser };
    });
    assert.deepEqual(reach, { runtime: 'undefined', browser: 'undefined' });
  });

  test('ranges the page adds to our highlights open no tooltip: only what Sourcelight found can be shown', async () => {
    const page = await openArticle();
    const target = await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('p')].find((p) => p.textContent!.startsWith('The weather in Washington'))!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      CSS.highlights.forEach((highlight, name) => {
        if (/-claim$/.test(name)) highlight.add(range);
      });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 30, y: rect.top + rect.height / 2 };
    });
    await page.mouseMove(target.x, target.y);
    await sleep(800);
    assert.equal((await readTooltip(t.browser, page))?.open ?? false, false);
  });

  test('highlights and style sheets the page deletes are put back', async () => {
    const page = await openArticle();
    await page.evaluate(() => {
      CSS.highlights.clear();
      document.adoptedStyleSheets = [];
    });
    assert.deepEqual(claimTexts(await readHighlights(page)), []);
    await eventually(() => readHighlights(page).then(claimTexts), (texts) => texts.length === 6, 'highlights restored');
    await eventually(() => page.evaluate(() => document.adoptedStyleSheets.length), (count) => count >= 1, 'sheet restored');
  });

  test('a host the page removed comes back when a tooltip opens', async () => {
    const page = await openArticle();
    assert.equal(await callContent(t.browser, 'showClaim', { claimId: 'sessions-recused-russia-probe' }), true);
    await page.bringToFront();
    await waitForTooltip(t.browser, page, (s) => !!s?.open);
    await page.evaluate(() => [...document.documentElement.children].find((element) => element.localName.startsWith('sourcelight-'))!.remove());
    await page.press('Escape');
    assert.equal(await callContent(t.browser, 'showClaim', { claimId: 'sessions-denied-campaign-discussions' }), true);
    await page.bringToFront();
    const state = await waitForTooltip(t.browser, page, (s) => s?.claimId === 'sessions-denied-campaign-discussions');
    assert.ok(state!.rect!.height > 100);
  });

  test('every string of a claim pack renders as text; its links open apart from the page', async () => {
    const imported = await t.browser.inExtension(
      (ext, text) => ext.runtime.sendMessage({ type: 'importPack', args: { fileName: 'payload.json', text } }),
      JSON.stringify(injectionPack),
    );
    const packId = (imported as { ok: boolean; pack?: { id: string } }).pack?.id;
    assert.ok(packId, JSON.stringify(imported));
    try {
      const page = await t.open('injection.html');
      await waitForClaims(page, 1);
      const point = await claimPoint(page, 'The zebra played');
      assert.ok(point);
      await page.mouseMove(point.x, point.y);
      const state = await waitForTooltip(t.browser, page, (s) => s?.claimId === 'zebra-xylophone');
      assert.ok(state!.text.includes(`A zebra played the xylophone. ${PAYLOAD}`), 'the statement shows the payload as text');
      assert.ok(state!.text.includes(`Someone ${PAYLOAD}`) && state!.text.includes(`Quote ${PAYLOAD}`));
      const markup = await inClosedRoot<{ img: number; script: number; b: number; hrefs: string[] }>(
        t.browser,
        page,
        `(root) => ({ img: root.querySelectorAll('img').length, script: root.querySelectorAll('script').length, b: root.querySelectorAll('b').length, hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')) })`,
      );
      assert.deepEqual(markup, { img: 0, script: 0, b: 0, hrefs: ['https://example.org/record', 'http://example.org/first'] });
      assert.deepEqual(state!.links.map((link) => [link.rel, link.target]), [
        ['noopener noreferrer', '_blank'],
        ['noopener noreferrer', '_blank'],
      ]);
      assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0), 0);
    } finally {
      await t.browser.inExtension((ext, id) => ext.runtime.sendMessage({ type: 'removePack', args: { packId: id } }), packId);
    }
  });

  test('pausing the site removes every highlight; resuming paints again', async () => {
    const page = await openArticle();
    const host = new URL(page.url()).hostname;
    await updateSettings(t.browser, { pausedSites: [host] });
    try {
      await eventually(() => readHighlights(page), (ranges) => ranges.length === 0, 'nothing painted while paused');
      assert.equal(await callContent(t.browser, 'stepClaim', { direction: 1 }), false);
    } finally {
      await updateSettings(t.browser, { pausedSites: [] });
    }
    await eventually(() => readHighlights(page).then(claimTexts), (texts) => texts.length === 6, 'painted again');
  });
});
