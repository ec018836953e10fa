/**
 * A long page scanned in batches reads as one scan of the whole page does (the CLI's), in both
 * browsers. Each paragraph fills the screen, so opened at #named the screen holds that one
 * paragraph and its batch goes first; the rest follows in one batch, the paragraphs below the
 * screen before those above. "He" opening the paragraph just below the screen stands for the
 * person named on screen, in the other batch; "he" opening the page stands for nobody, though
 * the page's last paragraph, which comes just before it in the rest's batch, names someone.
 * A paragraph a live page inserts later is read on its own, with the page's text before it.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachBrowser } from './harness/suite.js';
import { claimTexts, eventually, readHighlights, tabReportFor, waitForClaims } from './content-helpers.js';

const PRONOUN = 'He told senators he had not met the Russian ambassador during the campaign.';
const FILLER = 'The city council discussed the budget for the new library at length on Tuesday evening. '.repeat(7);
const paragraphs = [
  PRONOUN,
  'Attorney General Jeff Sessions spoke to reporters on Thursday.',
  PRONOUN,
  ...Array.from({ length: 40 }, () => FILLER),
  'Attorney General Jeff Sessions spoke to reporters again on Friday.',
];
const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Batches</title>
<style>body { margin: 0 } p { height: 100vh; margin: 0 0 20px }</style></head>
<body><article>${paragraphs.map((text, i) => `<p${i === 1 ? ' id="named"' : ''}>${text}</p>`).join('\n')}</article></body></html>`;

const INSERTED = 'He later assured senators that he had never met the Russian ambassador while the campaign was under way.';
const ENVOY =
  "Moscow's envoy, Sergey Kislyak, informed his superiors that he and Jeff Sessions had talked over campaign matters in 2016, according to officials who have read the intercepts.";
const live = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title></head>
<body><article><p id="named">Attorney General Jeff Sessions spoke to reporters on Thursday.</p><p>${ENVOY}</p></article></body></html>`;

forEachBrowser('a page scanned in batches', (t) => {
  before(() => {
    t.server.route('batches.html', (_request, response) => void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    t.server.route('live.html', (_request, response) => void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(live));
  });

  test('a pronoun at a batch boundary finds the person named before it, and the page opening finds nobody', async () => {
    const page = await t.open('batches.html#named');
    // Exactly one claim: the paragraph below the screen; not the page's first paragraph.
    const texts = claimTexts(await waitForClaims(page, 1));
    assert.deepEqual(texts, [PRONOUN]);
    const painted = await page.evaluate(() => {
      const [first, , third] = [...document.querySelectorAll('p')].map((p) => p.firstChild!);
      let found = '';
      CSS.highlights.forEach((highlight) => {
        for (const range of highlight as unknown as Iterable<Range>) {
          if (range.startContainer === first) found += 'first ';
          if (range.startContainer === third) found += 'third ';
        }
      });
      return found.trim();
    });
    assert.match(painted, /third/);
    assert.doesNotMatch(painted, /first/);
    await page.close();
  });

  test('a paragraph inserted after load finds the person named above it, and the report lists it in page order', async () => {
    const page = await t.open('live.html');
    assert.deepEqual(claimTexts(await waitForClaims(page, 1)), [ENVOY]);
    await page.evaluate((text) => {
      const inserted = document.createElement('p');
      inserted.textContent = text;
      document.getElementById('named')!.after(inserted);
    }, INSERTED);
    const painted = await eventually(() => readHighlights(page).then(claimTexts), (texts) => texts.includes(INSERTED), 'inserted paragraph painted');
    assert.deepEqual(painted.sort(), [INSERTED, ENVOY].sort());
    // In page order: read last, the inserted paragraph's claim comes first (and not by its id).
    const report = await eventually(() => tabReportFor(t.browser, page.url()), (r) => r?.claims.length === 2, 'tab report lists both claims');
    assert.deepEqual(report!.claims.map((claim) => claim.id), ['sessions-denied-campaign-discussions', 'kislyak-reported-campaign-talks']);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
});
