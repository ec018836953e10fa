/**
 * A page's text is often cut short: a heading or a column name without a full stop, a teaser
 * that stops mid-sentence. A rule that looks one token past its word must not run off the end of
 * the text and fail the whole scan.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledPacks } from '../../../src/cli/bundled-packs.js';
import { compileMatcher } from '../../../src/core/match/index.js';
import { scanBlocks } from '../../../src/core/scan.js';

const ROOT = join(import.meta.dirname, '../../..');
const matcher = compileMatcher(loadBundledPacks(join(ROOT, 'extension/claims')));

test('a text ending on "the Record" without punctuation scans', () => {
  for (const block of ['Dana Pell | For the Record', 'Two aides told the Record', 'Minutes were kept for the record']) {
    assert.doesNotThrow(() => scanBlocks([block], matcher), block);
  }
});

test('every line of the sourcing fixtures, cut after each of its words, scans', () => {
  const dir = join(ROOT, 'tests/fixtures/sourcing');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const words = line.split(' ');
      for (let count = 1; count <= words.length; count++) {
        const cut = words.slice(0, count).join(' ').replace(/[.,;:!?"')\u201d\u2019]+$/u, '');
        assert.doesNotThrow(() => scanBlocks([cut], matcher), `${file}: ${cut}`);
      }
    }
  }
});
