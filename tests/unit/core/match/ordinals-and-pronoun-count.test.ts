import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const MEETINGS = 'sessions-kislyak-2016-meetings';
const REPORTED = 'kislyak-reported-campaign-talks';
const DENIED = 'sessions-denied-campaign-discussions';
const CAPACITY = 'sessions-senate-capacity-explanation';

const INTRO = ['Attorney General Jeff Sessions sat down with Russian ambassador Sergey Kislyak twice in 2016, The Washington Post reported.'];

test('"he" and "his" in one sentence stand for one man, not for both men named before', () => {
  // Before, two masculine pronouns let the sentence claim both Sessions and Kislyak at once.
  assert.deepEqual(confidentIds('Officials also said he is known for relaying his conversations faithfully.', undefined, INTRO), []);
  // A single man meant by both pronouns still matches.
  assert.deepEqual(confidentIds('In his statement, he said he met the Russian diplomat.', undefined, INTRO), [MEETINGS]);
});

test('"dealings" are contacts, not talks about the campaign', () => {
  assert.deepEqual(confidentIds('Sessions has offered several accounts of his dealings with the Russian ambassador.', undefined, INTRO), []);
});

test('a listing of the meetings by ordinal, with abbreviated months, states the meetings', () => {
  assert.deepEqual(confidentIds('The second came on the sidelines of the Republican convention.', undefined, INTRO), [MEETINGS]);
  assert.deepEqual(confidentIds('The third was a meeting in Sessions\' Senate office on Sept. 8.', undefined, INTRO), [MEETINGS]);
});

test('insisting nothing happened, and writing the answer was correct, are the denial and the explanation', () => {
  assert.deepEqual(confidentIds('Sessions has insisted that no such conversations took place.', undefined, INTRO), [DENIED]);
  assert.deepEqual(confidentIds('In his reply, Sessions wrote that his answer had been correct.', undefined, INTRO), [CAPACITY]);
});

test('the envoy telling Moscow the two had discussed the campaign is the intercept report', () => {
  assert.deepEqual(confidentIds('The envoy told Moscow that the two had discussed the presidential campaign.', undefined, INTRO), [REPORTED]);
});
