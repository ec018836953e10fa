import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BlockWords } from '../../../../src/core/match/block-words.js';
import { normalize, toOriginal } from '../../../../src/core/normalize.js';
import { segmentBlock } from '../../../../src/core/segment.js';
import { readBlock } from '../../../../src/core/text/read-block.js';
import { Tokens, tokenize } from '../../../../src/core/text/tokenize.js';
import { Vocabulary } from '../../../../src/core/text/vocabulary.js';

const WORDS = ['sessions', 'kislyak', 'discussed', 'campaign', 'related', 'us', 'not', 'did', 'cafe', 'intercepts', 'told', 'superiors', 'met', '2016'];

function vocabulary(): { vocabulary: Vocabulary; not: number } {
  const vocabulary = new Vocabulary();
  for (const word of WORDS) vocabulary.internWord(word);
  return { vocabulary, not: vocabulary.intern('not') };
}

/** The matcher's tokens of a block read once for the scan, as [id, original text]. */
function fromReader(block: string): [number, string][] {
  const { vocabulary: v, not } = vocabulary();
  const tokens = new Tokens();
  new BlockWords(v, not).fill(readBlock(block, segmentBlock(block)), tokens);
  return Array.from({ length: tokens.count }, (_, i) => [tokens.ids[i]!, block.slice(tokens.starts[i], tokens.ends[i])]);
}

/** The same from the compile-time path: normalize() and tokenize() over the whole block. */
function fromTokenizer(block: string): [number, string][] {
  const { vocabulary: v, not } = vocabulary();
  const normalized = normalize(block);
  const tokens = new Tokens();
  tokenize(normalized.text, v, tokens, not);
  return Array.from({ length: tokens.count }, (_, i) => [tokens.ids[i]!, block.slice(toOriginal(normalized, tokens.starts[i]!), toOriginal(normalized, tokens.ends[i]!))]);
}

test('page words map to the same stems as pack words, whatever their spelling', () => {
  for (const block of [
    'Sessions discussed campaign-related matters with Kislyak in 2016.',
    'SESSIONS didn\u2019t meet Kislyak\u2019s superiors; the U.S. intercepts said so.',
    'He told the caf\u00e9 owner (a friend) \u2014 "not me" - nothing more.',
  ]) {
    assert.deepEqual(fromReader(block), fromTokenizer(block), block);
  }
});

test('clause punctuation and quotes become break and quote tokens', () => {
  const ids = fromReader('Met, then "told" \u2014 then -- not').map(([id]) => id);
  assert.deepEqual(ids.filter((id) => id < -1), [-2, -3, -3, -2, -2]);
});
