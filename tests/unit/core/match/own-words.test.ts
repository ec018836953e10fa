/**
 * A speaker's own words quoted (own-words.ts): a long enough run of a claim's source quote states
 * the claim whoever repeats it and however it is framed, with no name, pronoun or speaker of the
 * sentence needed; shorter runs, runs broken by punctuation and a stored matcher behave as below.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restoreMatcher, serializeMatcher } from '../../../../src/core/match/index.js';
import { bundled, confidentIds } from './helpers.js';

const DENIAL = 'sessions-denied-campaign-discussions';

test("the speaker's quoted words are the claim inside another speaker's quote, after a colon, and alone", () => {
  for (const sentence of [
    '“Back in January he told us he did not have communications with the Russians,” the senator from Ohio said on Tuesday.',
    'The line that keeps coming back: “I did not have communications with the Russians.”',
    "Critics on the panel kept setting the recording of 'I did not have communications with the Russians' beside the new reporting.",
  ]) {
    assert.ok(confidentIds(sentence, bundled, ['Tonight the committee revisits the hearing.']).includes(DENIAL), sentence);
  }
});

test('a few of the same words in other mouths, or a run the quote breaks with punctuation, are not the claim', () => {
  for (const sentence of [
    // Five or six of the quote's words, then someone else's: not a run of seven.
    'The utility did not have communications with regulators before the outage, its chief said.',
    'The coach said his players did not have communications with the agents, the club confirmed.',
    // The quote's words across a full stop are two sentences, neither of them seven words of it.
    'We did not have. Communications with the Russians team were handled by the embassy.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(DENIAL), sentence);
  }
});

test('a stored matcher keeps the own words', () => {
  const restored = restoreMatcher(structuredClone(serializeMatcher(bundled)));
  assert.ok(restored);
  const sentence = 'Her op-ed opened with the quote: “I did not have communications with the Russians.”';
  assert.deepEqual(confidentIds(sentence, restored), confidentIds(sentence));
  assert.ok(confidentIds(sentence, restored).includes(DENIAL));
});
