import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DENIED = 'sessions-denied-campaign-discussions';
const CAPACITY = 'sessions-senate-capacity-explanation';
const DOJ = 'doj-disputes-intercept-report';
const DISMISSES = 'trump-dismisses-russia-reports';
const TRUMP_SPOKE = ['Trump took questions from reporters on Friday.'];
const SESSIONS_SPOKE = ['Sessions spoke to the committee on Monday.'];

test('a place named after the subject is what the subject talks about, not who speaks', () => {
  assert.deepEqual(confidentIds('Trump called the Russia probe a witch hunt and says his team did nothing wrong.'), [DISMISSES]);
  // Through a pronoun too: the place is still not the speaker.
  assert.deepEqual(confidentIds('He has labeled the Russia investigation a "witch hunt" and says his team never colluded with Moscow.', undefined, TRUMP_SPOKE), [DISMISSES]);
});

test('an attribution closing the sentence ("..., Flores added.") names who speaks', () => {
  assert.deepEqual(confidentIds('Sessions stands by his earlier sworn testimony to the committee, Flores added.'), [DOJ]);
  // A name right after "saying" is what is said, not the speaker.
  assert.deepEqual(confidentIds('A department spokeswoman rejected the story, saying Sessions never discussed interference in the election.'), [DOJ]);
});

test('"and that" opens a new reported clause: a denial does not reach into it', () => {
  const sentence =
    'He has since told lawmakers that he never discussed the election with Russian officials and that his talks with the envoy were part of his ordinary work as a member of the Armed Services Committee.';
  assert.deepEqual(confidentIds(sentence, undefined, SESSIONS_SPOKE), [CAPACITY, DENIED].sort());
});

test('what a source "does not say" is neither stated nor denied', () => {
  assert.deepEqual(confidentIds('The memo does not say that Sessions discussed the campaign with the Russians.'), []);
  assert.deepEqual(confidentIds('The report never said Sessions discussed the campaign with the Russians.'), []);
  assert.deepEqual(confidentIds('Sessions said he did not discuss the campaign with any Russians.'), [DENIED]);
});

test('the explanation of a meeting wins over the bare meeting it explains', () => {
  assert.deepEqual(confidentIds('His position all along has been that he saw Kislyak as a senator on the Armed Services panel.', undefined, SESSIONS_SPOKE), [CAPACITY]);
  // Unless the sentence also says more about the meeting itself.
  const both = 'Sessions met Kislyak in his Senate office in September, a meeting he later described as one of many he held as a member of the Armed Services Committee.';
  assert.deepEqual(confidentIds(both), [CAPACITY, 'sessions-kislyak-2016-meetings'].sort());
});
