/**
 * Frames and shadow DOM (issue #6), in both browsers: a same-origin iframe and a srcdoc iframe
 * each run their own content script, paint their own claims and report into the tab's report;
 * open shadow roots (with slotted light-DOM text and a nested open root) are read, painted,
 * styled and hoverable; a closed shadow root stays unread.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachBrowser } from './harness/suite.js';
import { claimPoint, eventually, readHighlights, claimTexts, tabReportFor, waitForClaims } from './content-helpers.js';
import { waitForTooltip } from './content-probe.js';

const DENIAL = 'At his confirmation hearing in January, Sessions told senators that he did not have communications with the Russians.';
const RECUSAL = 'In March, the attorney general recused himself from any investigation involving the Trump campaign and Russia.';
const DOJ =
  'Sarah Isgur Flores, a Justice Department spokeswoman, said in a statement that Sessions never discussed meddling in the election and questioned the reliability of an intercept the newspaper had not seen.';

forEachBrowser('frames and shadow roots', (t) => {
  test('same-origin and srcdoc iframes paint their own claims and report into the tab', async () => {
    const page = await t.open('frames.html');
    await waitForClaims(page, 1);
    const inFrames = await eventually(
      () =>
        page.evaluate(() =>
          ['same-origin', 'srcdoc'].map((id) => {
            const view = (document.getElementById(id) as HTMLIFrameElement).contentWindow as Window & typeof globalThis;
            const texts: string[] = [];
            view.CSS.highlights.forEach((highlight, name) => {
              if (/-claim$/.test(name)) highlight.forEach((range) => void texts.push((range as Range).toString()));
            });
            return texts;
          }),
        ),
      (frames) => frames.every((texts) => texts.length === 1),
      'each frame paints its claim',
    );
    assert.deepEqual(inFrames, [[DOJ], [RECUSAL]]);
    const report = await eventually(
      () => tabReportFor(t.browser, page.url()),
      (r) => (r?.claims.length ?? 0) >= 3,
      'tab report holds every frame\'s claims',
    );
    assert.deepEqual(report!.claims.map((claim) => claim.id).sort(), ['doj-disputes-intercept-report', 'sessions-denied-campaign-discussions', 'sessions-recused-russia-probe']);
    assert.deepEqual(page.errors, []);
  });

  test('open shadow roots are read, painted and styled; a closed one is not read', async () => {
    const page = await t.open('shadow.html');
    const texts = claimTexts(await waitForClaims(page, 3));
    assert.deepEqual(texts, [DENIAL, DOJ, RECUSAL].sort());
    const styled = await page.evaluate(() => {
      const card = document.querySelector('story-card')!.shadowRoot!;
      const note = card.querySelector('inner-note')!.shadowRoot!;
      return [card.adoptedStyleSheets.length, note.adoptedStyleSheets.length];
    });
    assert.ok(styled.every((count) => count >= 1), `our highlight sheet reaches every open root: ${styled}`);
    assert.equal(await page.evaluate(() => (window as unknown as { fixtureBaseline: { innerText: string } }).fixtureBaseline.innerText === document.body.innerText), true);
  });

  test('a sentence inside a shadow root opens its tooltip on hover', async () => {
    const page = await t.open('shadow.html');
    await waitForClaims(page, 3);
    const point = await claimPoint(page, 'In March, the attorney general');
    assert.ok(point);
    await page.mouseMove(point.x, point.y);
    const state = await waitForTooltip(t.browser, page, (s) => s?.open === true);
    assert.equal(state!.claimId, 'sessions-recused-russia-probe');
    const all = await readHighlights(page);
    assert.ok(all.some((range) => range.kind === 'active' && range.text === RECUSAL), 'the open claim is marked active');
  });
});
