import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

/** Wordings the database gained for how other writers put the same claims. */
const CASES: [string, string][] = [
  ['The talks touched on Trump’s posture toward Russia, one official said.', 'sessions-kislyak-substantive-talks'],
  ['Asked at the hearing, Sessions replied that he had no contacts with the Russians.', 'sessions-denied-campaign-discussions'],
  ['Sessions later said he took Franken’s question to be about his role as a campaign surrogate.', 'sessions-senate-capacity-explanation'],
  ['Sessions said the meeting was one of many he held as a member of the Armed Services Committee.', 'sessions-senate-capacity-explanation'],
  ['Sessions called the suggestion that he colluded with Russia an appalling and detestable lie.', 'sessions-denied-campaign-discussions'],
  ['Flores said the newspaper had not seen the intercept it described.', 'doj-disputes-intercept-report'],
  ['Their first encounter at the Mayflower Hotel came in April.', 'sessions-kislyak-2016-meetings'],
  ['A declassified intelligence assessment concluded that Russia interfered in the election to help Trump.', 'russia-interference-assessment'],
  ['Justice Dept. rejects the intercept as uncorroborated', 'doj-disputes-intercept-report'],
];

test('paraphrases of the claims are found', () => {
  for (const [sentence, id] of CASES) assert.deepEqual(confidentIds(sentence), [id], sentence);
});

test('the same words for something else stay unmatched', () => {
  // A member of the committee, not a meeting he explained by it.
  assert.deepEqual(confidentIds('Sessions, then a member of the Armed Services Committee, sat on several panels.'), []);
  // Raising questions is not a discussion.
  assert.ok(!confidentIds('Sessions met Kislyak last year, raising questions about his testimony.').includes('kislyak-reported-campaign-talks'));
});
