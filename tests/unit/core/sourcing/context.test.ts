/** What the tagger reads from the rest of the paragraph: pronouns and quotations. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tag } from './helpers.js';

const kinds = (block: string) => tag(block).map((sentence) => sentence.kinds);

test('a pronoun takes the last speaker of its paragraph', () => {
  assert.deepEqual(kinds('A senior diplomat said the talks had stalled. He said both sides were tired.'), [['anonymous'], ['anonymous']]);
  assert.deepEqual(kinds('Foreign Minister Ida Berg said the talks had stalled. She said both sides were tired.'), [['on-record'], ['on-record']]);
});

test('a pronoun never reaches into an earlier paragraph', () => {
  assert.deepEqual(kinds('A senior diplomat said the talks had stalled.'), [['anonymous']]);
  // A new block starts with an empty memory: "he" is taken as a person the article has named.
  assert.deepEqual(kinds('He said both sides were tired.'), [['on-record']]);
  assert.deepEqual(kinds('One of them said both sides were tired.'), [['anonymous']]);
});

test('words inside a quotation are the speaker\'s, not the article\'s sourcing', () => {
  assert.deepEqual(kinds('"Anonymous officials leaked a wiretap to the Post," Berg said.'), [['on-record']]);
});

test('a quotation running over several sentences stays a quotation', () => {
  const block = 'Berg said: "The talks have stalled. Officials told me nothing. We will wait."';
  assert.deepEqual(kinds(block), [['on-record'], [], []]);
});

test('a quotation that opens right after an attributed one keeps its speaker', () => {
  const block = '"The talks have stalled," Berg said. "Nobody is ready to move."';
  assert.deepEqual(kinds(block), [['on-record'], ['on-record']]);
  assert.deepEqual(kinds('The talks have stalled. "Nobody is ready to move."'), [[], []]);
});

test('British single quotes are quotations, apostrophes are not', () => {
  const block = '\u2018We remain committed,\u2019 Berg told the BBC. \u2018Nothing has changed.\u2019';
  assert.deepEqual(kinds(block), [['on-record'], ['denial', 'on-record']]);
  assert.deepEqual(kinds('Officials\u2019 accounts differ, a source said.'), [['anonymous']]);
});

test('a transcript speaker label puts the answer on the record', () => {
  assert.deepEqual(kinds('Berg: We are ready to talk. We always were.'), [['on-record'], []]);
  assert.deepEqual(kinds('Read more: the talks in pictures'), [[]]);
});
