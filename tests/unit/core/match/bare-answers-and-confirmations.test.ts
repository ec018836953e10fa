import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const DENIED = 'sessions-denied-campaign-discussions';
const MEETINGS = 'sessions-kislyak-2016-meetings';
const SUBSTANTIVE = 'sessions-kislyak-substantive-talks';
const CAPACITY = 'sessions-senate-capacity-explanation';
const CONTEXT = ['Jeff Sessions met the Russian ambassador, Sergey Kislyak, twice in 2016.'];

test('an unquoted "no" right after an answering verb denies what the question asked', () => {
  const written = 'On paper, Sessions answered no when the committee asked whether he had been in touch with anyone tied to the Russian government about the race.';
  assert.ok(confidentIds(written, undefined, CONTEXT).includes(DENIED));
  const replied = 'Sessions replied no when a senator asked whether he had discussed the campaign with any Russian official.';
  assert.ok(confidentIds(replied, undefined, CONTEXT).includes(DENIED));
  assert.ok(confidentIds('Asked whether he had talked about the campaign with Russian officials, Sessions said no.', undefined, CONTEXT).includes(DENIED));
});

test('a "no" that is not the whole answer leaves the question open', () => {
  // "no" quantifies a noun: he refused questions, he denied nothing.
  const refused = 'Sessions answered no questions on Tuesday about whether he had discussed the campaign with Russian officials.';
  assert.ok(!confidentIds(refused, undefined, CONTEXT).includes(DENIED));
  // "no one" is someone, not an answer.
  const nobody = 'Sessions said no one on his staff asked whether he had discussed the campaign with Russian officials.';
  assert.ok(!confidentIds(nobody, undefined, CONTEXT).includes(DENIED));
  // A headline-style question with no answer at all.
  assert.ok(!confidentIds('Senators ask whether Sessions discussed the campaign with Russian officials', undefined, CONTEXT).includes(DENIED));
  // The "no" answers someone else's question to someone else.
  const other = 'Kushner replied no when asked whether he had discussed sanctions with a Russian banker.';
  assert.ok(!confidentIds(other, undefined, CONTEXT).includes(DENIED));
});

test('confirming the contacts by month states the meetings', () => {
  assert.deepEqual(confidentIds('A spokeswoman for Sessions confirmed the July and September contacts last week.', undefined, CONTEXT), [MEETINGS]);
  assert.deepEqual(confidentIds('Sessions has since acknowledged the September meeting with the ambassador.', undefined, CONTEXT), [MEETINGS]);
});

test('a confirmation that is refused, about someone else, or about another event states no meeting', () => {
  assert.ok(!confidentIds('A spokeswoman for Sessions declined to confirm the September contacts.', undefined, CONTEXT).includes(MEETINGS));
  // Refusing to confirm leaves it open: it denies nothing either.
  assert.ok(!confidentIds('Sessions refused to confirm that he had discussed the campaign with Russian officials.', undefined, CONTEXT).includes(DENIED));
  assert.ok(!confidentIds('The Senate confirmed Sessions as attorney general in February.', undefined, CONTEXT).includes(MEETINGS));
  assert.ok(!confidentIds('Kushner confirmed the December meeting with Kislyak at Trump Tower.', undefined, CONTEXT).includes(MEETINGS));
  assert.ok(!confidentIds('Sessions confirmed the September hearing date for the nominee.', undefined, CONTEXT).includes(MEETINGS));
});

test('"where Trump stood on" names his positions', () => {
  const stood = 'A former official said the intercepts showed more than small talk: the two covered where Trump stood on Russia and where relations might head.';
  assert.ok(confidentIds(stood, undefined, CONTEXT).includes(SUBSTANTIVE));
});

test('"where Trump stood" as a place, or without any talks, is no substantive discussion', () => {
  assert.ok(!confidentIds('Kislyak sat a few rows from where Trump stood during the April speech.', undefined, CONTEXT).includes(SUBSTANTIVE));
  assert.ok(!confidentIds('Voters in Alabama knew where Trump stood on Russia long before the election.', undefined, CONTEXT).includes(SUBSTANTIVE));
  assert.ok(!confidentIds('Where Trump stood on Russia was the question of the summer', undefined, CONTEXT).includes(SUBSTANTIVE));
});

test('written responses are not the duties of a senator', () => {
  const written = 'In written responses to the committee, Sessions answered "No" to a question from Senator Leahy asking whether he had been in contact with anyone tied to the Russian government about the election.';
  const ids = confidentIds(written, undefined, CONTEXT);
  assert.ok(ids.includes(DENIED));
  // A senator's duties still name his capacity.
  assert.ok(confidentIds('Sessions said the meetings were part of his responsibilities as a senator.', undefined, CONTEXT).includes(CAPACITY));
});
