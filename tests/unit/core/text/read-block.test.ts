import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentBlock } from '../../../../src/core/segment.js';
import { readBlock } from '../../../../src/core/text/read-block.js';

test('each sentence gets its own tokens, with offsets in the original block', () => {
  const block = 'Sessions met Kislyak. \u201cWe talked,\u201d he said.';
  const read = readBlock(block, segmentBlock(block));
  assert.equal(read.sentences.length, 2);
  const words = read.sentences.map((tokens) => tokens.filter((token) => token.word).map((token) => block.slice(token.start, token.end)));
  assert.deepEqual(words, [['Sessions', 'met', 'Kislyak'], ['We', 'talked', 'he', 'said']]);
  const quoted = read.sentences[1]!.filter((token) => token.quoted).map((token) => block.slice(token.start, token.end));
  assert.deepEqual(quoted, ['We', 'talked', ',']);
});

test('plain words carry the hashes of their lower-case form; others are marked for the slow path', () => {
  const block = 'SAID said Said campaign-related Kislyak\u2019s U.S. caf\u00e9';
  const [tokens] = readBlock(block, [{ start: 0, end: block.length }]).sentences;
  const byText = new Map(tokens!.map((token) => [block.slice(token.start, token.end), token]));
  const said = ['SAID', 'said', 'Said'].map((word) => byText.get(word)!);
  assert.ok(said.every((token) => token.plain && token.hash === said[0]!.hash && token.check === said[0]!.check));
  for (const word of ['campaign-related', 'Kislyak\u2019s', 'U.S.', 'caf\u00e9']) assert.equal(byText.get(word)?.plain, false, word);
  assert.ok(said[0]!.anchor, '"said" anchors sourcing');
  assert.equal(byText.get('Kislyak\u2019s')!.text, '', 'a word the lexicons do not know has no text');
});

test('tokens are pooled: a block read later reuses them, so results must be read before', () => {
  const first = readBlock('Officials said so.', [{ start: 0, end: 18 }]).sentences[0]![0]!;
  const start = first.start;
  readBlock('  Later text.', [{ start: 2, end: 13 }]);
  assert.notEqual(first.start, start);
});
