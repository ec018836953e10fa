/**
 * Fuzzing the sentence segmenter (src/core/segment.ts): for any block, sentences are trimmed,
 * in order, non-overlapping spans inside the block that together cover all of its visible text.
 * Sentences never cross blocks: each scan result is one of its own block's sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segmentBlock } from '../../../src/core/segment.js';
import { scanBlocks } from '../../../src/core/scan.js';
import { anyText, blocks, check, isBlank, newsText } from './arbitraries.js';

const text = fc.oneof(anyText(), newsText(80));

test('spans are in bounds, non-empty, ordered and non-overlapping', () => {
  check(
    fc.property(text, (block) => {
      const spans = segmentBlock(block);
      let previousEnd = 0;
      for (const span of spans) {
        assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end));
        assert.ok(span.start >= previousEnd, `span ${JSON.stringify(span)} starts before the previous one ends (${previousEnd})`);
        assert.ok(span.end > span.start, `empty span ${JSON.stringify(span)}`);
        assert.ok(span.end <= block.length, `span ${JSON.stringify(span)} past the end (${block.length})`);
        previousEnd = span.end;
      }
    }),
    3000,
  );
});

test('spans cover every visible character and start and end on one', () => {
  check(
    fc.property(text, (block) => {
      const spans = segmentBlock(block);
      const covered = new Uint8Array(block.length);
      for (const { start, end } of spans) {
        covered.fill(1, start, end);
        assert.ok(!isBlank(block[start]!), `span ${start}-${end} starts with white space ${JSON.stringify(block[start])}`);
        assert.ok(!isBlank(block[end - 1]!), `span ${start}-${end} ends with white space ${JSON.stringify(block[end - 1])}`);
      }
      for (let i = 0; i < block.length; i++) {
        if (!covered[i]) assert.ok(isBlank(block[i]!), `${JSON.stringify(block[i])} at ${i} is in no sentence of ${JSON.stringify(block)}`);
      }
    }),
    3000,
  );
});

test('a block that is all white space has no sentence', () => {
  check(
    fc.property(fc.string({ unit: fc.constantFrom(' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\u202f', '\u200b'), maxLength: 50 }), (block) => {
      assert.deepEqual(segmentBlock(block), []);
    }),
    300,
  );
});

test('sentences never cross blocks: every scanned sentence is one of its own block\'s spans', () => {
  check(
    fc.property(blocks(), (page) => {
      const perBlock = page.map((block) => segmentBlock(block).map((span) => `${span.start}:${span.end}`));
      for (const result of scanBlocks(page, null)) {
        assert.ok(result.block >= 0 && result.block < page.length);
        assert.ok(perBlock[result.block]!.includes(`${result.start}:${result.end}`), `${result.start}:${result.end} is not a sentence of block ${result.block}`);
      }
    }),
    500,
  );
});

test('deterministic: the same block always splits the same way', () => {
  check(
    fc.property(text, (block) => assert.deepEqual(segmentBlock(block), segmentBlock(block))),
    500,
  );
});
