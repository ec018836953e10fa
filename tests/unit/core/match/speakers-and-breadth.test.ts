import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const REPORTED = 'kislyak-reported-campaign-talks';
const SUBSTANTIVE = 'sessions-kislyak-substantive-talks';
const DENIED = 'sessions-denied-campaign-discussions';
const DOJ = 'doj-disputes-intercept-report';
const ASSESSMENT = 'russia-interference-assessment';

test('a denial claim belongs to its speaker: someone else denying the same words is not it', () => {
  assert.deepEqual(confidentIds('Sessions denied ever discussing the campaign with the Russian ambassador.'), [DENIED]);
  assert.deepEqual(confidentIds('The ambassador, for his part, denied ever discussing the campaign with Sessions.'), []);
  assert.deepEqual(confidentIds('Sessions never discussed the campaign with Russians, Kislyak told reporters.'), []);
});

test('the speaker after a comma speaks ("..., said Kislyak"); a name right after a verb is what is said', () => {
  assert.deepEqual(confidentIds('Sessions never talked about the campaign with any Russians, said Kislyak.'), []);
  assert.deepEqual(confidentIds('The department spokeswoman said Sessions did not discuss interference in the election.'), [DOJ]);
});

test('a sentence stating a claim and its more detailed sibling reports both', () => {
  const both = 'Officials said Kislyak told his superiors in Moscow that he and Sessions discussed the campaign and Trump’s positions on Russia.';
  assert.deepEqual(confidentIds(both), [REPORTED, SUBSTANTIVE].sort());
  // Nothing of its own: the broader reading stays a related claim of the detailed one.
  const detailOnly = 'Officials said Kislyak and Sessions discussed Trump’s positions on Russia.';
  assert.deepEqual(confidentIds(detailOnly), [SUBSTANTIVE]);
});

test('what a denial phrase names is denied ("cast doubt on their accuracy"), and a colon after a denial opens what is denied', () => {
  assert.deepEqual(confidentIds('The intercepts leaked to reporters are the basis of the story; the Justice Department has cast doubt on their accuracy.'), [DOJ]);
  assert.deepEqual(confidentIds('Justice Dept. hits back: spokeswoman calls the intercept unreliable'), [DOJ]);
});

test('someone rejecting an assessment still reports that it was made', () => {
  const sentence = 'The Kremlin rejects the conclusion of U.S. intelligence agencies that Russia interfered in the election to help Trump.';
  assert.deepEqual(confidentIds(sentence), [ASSESSMENT]);
});
