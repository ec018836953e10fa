/**
 * Text edge cases (issue #6), in both browsers: sentences split across inline elements (even
 * mid-word), <br> line ends, NBSP, soft hyphens, zero-width characters, curly quotes, emoji and
 * other surrogate pairs, right-to-left text in the same paragraph. Each painted range must read
 * exactly as the sentence, no character more or less, and the page text must not change.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestPage } from './harness/browsers.js';
import { forEachBrowser } from './harness/suite.js';
import { waitForClaims } from './content-helpers.js';

const EXPECTED = [
  "Russia's ambassador to Washington, Sergey Kislyak, told his bosses in Moscow that he had discussed campaign-related matters with Jeff Sessions during the 2016 race, U.S. officials said.",
  'At his confirmation hearing in January, Sessions told senators that he did not have communications with the Russians.',
  'In March, the attorney\u00a0general recused himself from any investigation involving the Trump\u00a0campaign and\u00a0Russia.',
  'Sarah Isgur Flores, a Justice Depart\u00adment spokes\u00adwoman, said in a state\u00adment that Sessions never discussed meddling in the election and questioned the reliability of an intercept the newspaper had not seen.',
  'The exchanges went beyond small\u200btalk and touched on Donald Trump\u2019s positions on Russia\u2011related policy as well as the outlook for relations between the two coun\u200ctries under a Trump administration, one former official said.',
  '\u201cI did not have communications with the Russians,\u201d Sessions told senators at his confirmation hearing in January.',
  '\u{1F4F0} Trump told The New York Times that he would not have appointed Sessions attorney general if he had known Sessions would recuse himself from the Russia inquiry.',
  'In March, Sessions recused himself from the Justice Department\u2019s inquiry into Russia and the Trump campaign.',
].sort();

forEachBrowser('text edge cases', (t) => {
  let page: TestPage;

  before(async () => {
    page = await t.open('edge-cases.html');
    await waitForClaims(page, EXPECTED.length);
  });

  test('each painted range reads exactly as its sentence', async () => {
    const raw = await page.evaluate(() => {
      const texts: string[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (/-(claim|possible)$/.test(name)) highlight.forEach((range) => void texts.push((range as Range).toString()));
      });
      return texts.sort();
    });
    assert.deepEqual(raw, EXPECTED);
  });

  test('a sentence between <br> line breaks is painted without its neighbouring lines', async () => {
    const lines = await page.evaluate(() => {
      let found = '';
      CSS.highlights.forEach((highlight) =>
        highlight.forEach((range) => {
          if ((range as Range).commonAncestorContainer.parentElement?.id === 'breaks' || (range as Range).startContainer.parentElement?.id === 'breaks') {
            found = (range as Range).toString();
          }
        }),
      );
      return found;
    });
    assert.equal(lines, 'At his confirmation hearing in January, Sessions told senators that he did not have communications with the Russians.');
  });

  test('the page text is unchanged and nothing was logged as an error', async () => {
    assert.equal(await page.evaluate(() => (window as unknown as { fixtureBaseline: { innerText: string } }).fixtureBaseline.innerText === document.body.innerText), true);
    assert.deepEqual(page.errors, []);
  });
});
