import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const MEETINGS = 'sessions-kislyak-2016-meetings';
const DENIED = 'sessions-denied-campaign-discussions';

test('not remembering a conversation with the envoy is the meetings claim, however the memory is worded', () => {
  for (const sentence of [
    'The attorney general says he has no recollection of speaking with Kislyak at the spring event.',
    'Sessions told the panel he could not remember a meeting with the ambassador that evening.',
    'Pressed again, Sessions said he has no memory of talking with Kislyak there.',
  ]) {
    assert.ok(confidentIds(sentence).includes(MEETINGS), sentence);
  }
  // What is forgotten decides the claim: a forgotten campaign discussion is the denial.
  const ids = confidentIds('Sessions said he did not recall discussing the campaign with Kislyak.');
  assert.ok(ids.includes(DENIED));
  assert.ok(!ids.includes(MEETINGS));
});

test("someone else's memory is not the claim's person forgetting", () => {
  assert.ok(!confidentIds("Kislyak's former deputy said she does not recall a conversation with Sessions.").includes(MEETINGS));
});

test('the forgotten thing must be the dealings: a question about them or a negation of them is not forgetting them', () => {
  for (const sentence of [
    'Asked about a conversation with Kislyak, Sessions said he does not remember the date of the hearing.',
    'Sessions said he could not recall the name of the hotel, and Kislyak never had a conversation with him there.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(MEETINGS), sentence);
  }
});

test('"recalled" as summoned home is no memory at all', () => {
  for (const sentence of [
    'Russia recalled Kislyak in July; he never had another conversation with Sessions.',
    'Moscow did not recall its ambassador over the affair, and Kislyak never spoke with Sessions again.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(MEETINGS), sentence);
  }
});
