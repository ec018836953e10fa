/**
 * Sourcing cues on the page (issue #4, page side), in both browsers: off by default; turned on
 * per kind in the settings they are painted in their own highlight per kind, over exactly the
 * cue words, without touching the claim highlights or the page text; turned off they go away.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TestPage } from './harness/browsers.js';
import { forEachBrowser } from './harness/suite.js';
import { claimTexts, readHighlights, updateSettings, waitForClaims } from './content-helpers.js';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PAGES } from './harness/server.js';

/**
 * The cues the CLI finds in the same file with the same extraction rules, per kind: the page
 * must paint exactly these (less the paragraph the page's stylesheet hides, which only a
 * browser knows is hidden).
 */
function cliCues(kind: string): string[] {
  const run = spawnSync('npx', ['--no-install', 'sourcelight', 'scan', '--json', join(PAGES, 'article.html')], { encoding: 'utf8' });
  const report = JSON.parse(run.stdout) as { documents: { sentences: { text: string; sourcing: { kind: string; cue: string }[] }[] }[] };
  return report.documents[0]!.sentences
    .filter((sentence) => !sentence.text.startsWith('Kislyak reported to Moscow'))
    .flatMap((sentence) => sentence.sourcing.filter((cue) => cue.kind === kind).map((cue) => cue.cue))
    .sort();
}

const cueTexts = (ranges: { kind: string; text: string }[], kind: string) =>
  ranges.filter((range) => range.kind === `cue-${kind}`).map((range) => range.text).sort();

async function waitForCues(page: TestPage, accept: (ranges: { kind: string; text: string }[]) => boolean) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ranges = await readHighlights(page);
    if (accept(ranges)) return ranges;
    if (Date.now() > deadline) throw new Error(`cues never settled: ${JSON.stringify(ranges.filter((r) => r.kind.startsWith('cue-')))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

forEachBrowser('sourcing cues on the page', (t) => {
  let page: TestPage;

  before(async () => {
    page = await t.open('article.html');
    await waitForClaims(page, 6);
  });

  test('no cue is painted by default', async () => {
    const ranges = await readHighlights(page);
    assert.deepEqual(ranges.filter((range) => range.kind.startsWith('cue-')), []);
  });

  test('turning kinds on paints their cues, each kind in its own highlight', async () => {
    await updateSettings(t.browser, { paintKinds: ['anonymous', 'on-record', 'denial'] });
    const ranges = await waitForCues(page, (all) => cueTexts(all, 'anonymous').length > 0 && cueTexts(all, 'on-record').length > 0);
    for (const kind of ['anonymous', 'on-record', 'denial']) {
      const expected = cliCues(kind);
      assert.ok(expected.length > 0, `the fixture has ${kind} cues`);
      assert.deepEqual(cueTexts(ranges, kind), expected, kind);
    }
    assert.deepEqual(cueTexts(ranges, 'intercept'), [], 'kinds left off stay unpainted');
    assert.equal(claimTexts(ranges).length, 6, 'claims stay painted');
    const text = await page.evaluate(() => (window as unknown as { fixtureBaseline: { innerText: string } }).fixtureBaseline.innerText === document.body.innerText);
    assert.equal(text, true);
  });

  test('turning them off removes them', async () => {
    await updateSettings(t.browser, { paintKinds: [] });
    const ranges = await waitForCues(page, (all) => !all.some((range) => range.kind.startsWith('cue-')) && claimTexts(all).length === 6);
    assert.equal(claimTexts(ranges).length, 6);
    assert.deepEqual(page.errors, []);
  });
});

forEachBrowser('sourcing cues on a live transcript', (t) => {
  // A label opening one block before first-person talk names its speaker on the record; one that
  // opens several turns of the page is a transcript's speaker, no source of its own. On a live
  // transcript the second turn arrives later, alone in its scan, and the first must follow it.
  test('a speaker label is untagged once it recurs anywhere on the page, and tagged again when it no longer does', async () => {
    await updateSettings(t.browser, { paintKinds: ['on-record'] });
    try {
      const page = await t.open('transcript.html');
      const onRecord = (expected: string[]) => (all: { kind: string; text: string }[]) => JSON.stringify(cueTexts(all, 'on-record')) === JSON.stringify(expected);
      await waitForCues(page, onRecord(['DIAZ', 'OKAFOR']));
      await page.evaluate(() => (window as unknown as { appendTurn: () => void }).appendTurn());
      await waitForCues(page, onRecord(['DIAZ']));
      await page.evaluate(() => (window as unknown as { retractTurn: () => void }).retractTurn());
      await waitForCues(page, onRecord(['DIAZ', 'OKAFOR']));
      assert.deepEqual(page.errors, []);
    } finally {
      await updateSettings(t.browser, { paintKinds: [] });
    }
  });
});
