/** Saying nothing, a refusal with a manner aside, and verbs of complaining or fuming, also after a quotation given on a platform. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf, tag } from './helpers.js';

test('a speaker who said nothing is no source; "nothing" opening what was said still is one', () => {
  assert.deepEqual(kindsOf('The treasurer attended the hearing but said nothing during the vote.'), []);
  assert.deepEqual(kindsOf('She said nothing further about the merger and walked out.'), []);
  assert.deepEqual(kindsOf('The coach said nothing.'), []);
  // Near misses: "nothing" is the subject of the content, or the verb has another object.
  assert.deepEqual(kindsOf('The treasurer said nothing had been taken from the account.'), ['on-record']);
  assert.deepEqual(kindsOf('The coach said the team had done nothing wrong.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('She told reporters the merger was on schedule.'), ['on-record']);
});

test('a refusal to be interviewed may carry a manner adverb between commas', () => {
  assert.deepEqual(kindsOf('The founder declined, courteously, to be interviewed for this profile.'), ['on-record']);
  // Near misses: the plain refusal, a refusal in a proceeding, and an aside that is no adverb.
  assert.deepEqual(kindsOf('The founder declined to be interviewed for this profile.'), ['on-record']);
  assert.deepEqual(kindsOf('The founder declined, courteously, to discuss pay with the union.'), []);
  assert.deepEqual(kindsOf('The founder declined, in May, an offer to join the board.'), []);
});

test('moaning and fuming are speech when they say something; raging fighting is not', () => {
  assert.deepEqual(kindsOf('The governor moaned that the budget office had misled her.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor fumed that the vote had been rigged.'), ['on-record']);
  const quoted = tag('"This has to end now!" the governor raged on Twitter on Sunday.');
  assert.deepEqual(quoted.flatMap((s) => s.kinds), ['on-record']);
  // Near misses: fire and fighting rage, and a speaker who rages without saying anything.
  assert.deepEqual(kindsOf('The wildfire raged for three days near the county line.'), []);
  assert.deepEqual(kindsOf('Fighting raged in the hills through the night.'), []);
  assert.deepEqual(kindsOf('The governor raged for an hour.'), []);
});
