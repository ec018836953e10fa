/** Cue offsets point at the cue in the block's original text, whatever characters it holds. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segmentBlock } from '../../../../src/core/segment.js';
import { tagBlock } from '../../../../src/core/sourcing/tag.js';
import { tokenize } from '../../../../src/core/sourcing/tokens.js';

function allCues(block: string) {
  return tagBlock(block, segmentBlock(block)).flat();
}

test('offsets slice the original text exactly, with curly quotes, NBSP and soft hyphens', () => {
  const block = 'Budget fight continues. \u201cWe will not cut,\u201d Mayor\u00a0Ana Ruiz said. Two coun\u00adcil aides said the vote was close.';
  const cues = allCues(block);
  assert.ok(cues.length >= 2);
  for (const cue of cues) assert.equal(block.slice(cue.start, cue.end), cue.cue);
  const onRecord = cues.find((cue) => cue.kind === 'on-record')!;
  assert.equal(onRecord.cue, 'Mayor\u00a0Ana Ruiz said');
  assert.equal(cues.find((cue) => cue.kind === 'anonymous')!.cue, 'Two coun\u00adcil aides said');
});

test('offsets stay relative to the block when spans start mid-text', () => {
  const block = 'Intro text here. Officials said the plan was dead.';
  const spans = segmentBlock(block);
  const [first, second] = tagBlock(block, spans);
  assert.deepEqual(first, []);
  assert.equal(second![0]!.start, block.indexOf('Officials'));
  assert.equal(second![0]!.end, block.indexOf(' the plan'));
});

test('one cue list per given span, even for spans that are not sentences', () => {
  const block = 'Officials said so. Nothing else.';
  assert.equal(tagBlock(block, []).length, 0);
  assert.equal(tagBlock(block, [{ start: 0, end: 9 }, { start: 10, end: 32 }]).length, 2);
});

test('tokens: possessives, contractions, initials and invisible characters', () => {
  const words = tokenize('The Post\u2019s editor didn\u2019t say U.S. offi\u00adcials were\u200b there.').filter((t) => t.word);
  assert.deepEqual(words.map((t) => t.text), ['the', 'post', 'editor', "didn't", 'say', 'u.s', 'officials', 'were', 'there']);
  assert.ok(words[1]!.poss && words[1]!.cap);
  assert.ok(words[3]!.nt);
});

test('tokens: a quotation opened in one sentence is still open in the next', () => {
  const tokens = tokenize('"First part. Second part," she said.');
  const second = tokens.find((t) => t.text === 'second')!;
  const she = tokens.find((t) => t.text === 'she')!;
  assert.equal(second.quoted, true);
  assert.equal(she.quoted, false);
});
