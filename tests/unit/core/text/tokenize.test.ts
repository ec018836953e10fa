import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BREAK, QUOTE, Tokens, tokenize } from '../../../../src/core/text/tokenize.js';
import { UNKNOWN, Vocabulary, stemWord } from '../../../../src/core/text/vocabulary.js';

function words(text: string, vocabulary = new Vocabulary()): string[] {
  const tokens = new Tokens();
  const notId = vocabulary.intern('not');
  tokenize(text, vocabulary, tokens, notId, true);
  const out: string[] = [];
  for (let i = 0; i < tokens.count; i++) {
    const id = tokens.ids[i]!;
    out.push(id === BREAK ? '|' : id === QUOTE ? '"' : id === notId ? 'NOT' : text.slice(tokens.starts[i], tokens.ends[i]));
  }
  return out;
}

test('words, clitics, negations, acronyms and clause punctuation', () => {
  assert.deepEqual(words("kislyak's u.s. envoy hadn't — said, \"we can't\" (2016)"), [
    'kislyak', 'u.s.', 'envoy', 'had', 'NOT', '|', 'said', '|', '"', 'we', 'ca', 'NOT', '"', '|', '2016', '|',
  ]);
});

test('hyphens join words into separate tokens; a hyphen between spaces is a dash', () => {
  assert.deepEqual(words('campaign-related talks - and u.s.-russia ties -- twice'), ['campaign', 'related', 'talks', '|', 'and', 'u.s.', 'russia', 'ties', '|', 'twice']);
});

test('stems: Porter, with overrides for words it would confuse', () => {
  assert.equal(stemWord('discussing'), stemWord('discussed'));
  assert.equal(stemWord('sessions'), stemWord('session'));
  assert.notEqual(stemWord('relations'), stemWord('related'));
  assert.notEqual(stemWord('news'), stemWord('new'));
  assert.equal(stemWord('u.s.'), 'us');
});

test('lookup memo: known words by id, unknown words UNKNOWN, stable across many distinct words', () => {
  const vocabulary = new Vocabulary();
  const meet = vocabulary.internWord('meeting');
  assert.equal(vocabulary.lookup('meetings', 0, 8), meet);
  assert.equal(vocabulary.lookup('xx meets yy', 3, 8), meet);
  assert.equal(vocabulary.lookup('zebra', 0, 5), UNKNOWN);
  for (let i = 0; i < 70_000; i++) vocabulary.lookup(`w${i}`, 0, `w${i}`.length);
  assert.equal(vocabulary.lookup('meetings', 0, 8), meet);
  assert.equal(vocabulary.lookup('zebra', 0, 5), UNKNOWN);
});
