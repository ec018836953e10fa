import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const MEETINGS = 'sessions-kislyak-2016-meetings';
const DENIED = 'sessions-denied-campaign-discussions';

test('a "with" phrase is the dealings only when the counterpart is its object', () => {
  for (const sentence of [
    'Sessions was speaking with CNN about the Russian envoy on Monday.',
    'Sessions spoke with Maddow about Kislyak late on Friday.',
    "Sessions will speak with Kislyak's replacement, Anatoly Antonov, next month.",
    "Sessions spoke with the Russian ambassador's attorneys in June.",
  ]) {
    assert.ok(!confidentIds(sentence).includes(MEETINGS), sentence);
  }
  // Near misses: the counterpart right after "with", past an article or a title, or as a pronoun.
  for (const sentence of [
    'Sessions spoke with Kislyak in his Senate office.',
    'Sessions was speaking with the Russian ambassador at the reception.',
    'Sessions said he does not recall speaking with the ambassador at the hotel.',
  ]) {
    assert.ok(confidentIds(sentence).includes(MEETINGS), sentence);
  }
});

test('a "with" object that is one of the claim\'s own phrases is its counterpart, wherever else that phrase occurs', () => {
  // The associates occur twice: "His team" before the verb and "people around Trump" after "with".
  const sentence = "Mueller was named special counsel in May. His team is looking into whether Moscow's officials worked together with people around Trump.";
  assert.ok(confidentIds(sentence).includes('special-counsel-investigating'), sentence);
});

test('"recall" followed by whom it calls back is summoning home, even negated', () => {
  for (const sentence of [
    'The Kremlin never recalled Kislyak after his talks with Sessions came out.',
    'Moscow has not recalled Kislyak despite the meeting with Sessions.',
    'Russia would not recall its ambassador over the meeting with Sessions.',
  ]) {
    assert.ok(!confidentIds(sentence).includes(MEETINGS), sentence);
  }
});

test('the one who forgets must be the claim\'s person: a speaker\'s "he", a name, a noun phrase', () => {
  for (const sentence of [
    'Kislyak told reporters he does not recall any conversation with Sessions.',
    'Franken said he could not remember Sessions mentioning a meeting with Kislyak.',
    'Staff for Sessions could not recall a meeting with Kislyak at the hotel.',
    "Sessions' aides do not recall a meeting with Kislyak in Cleveland.",
  ]) {
    assert.ok(!confidentIds(sentence).includes(MEETINGS), sentence);
  }
  // Near misses: his own "he", with adverbs between, or his own name as the subject.
  for (const sentence of [
    'Sessions said he honestly does not recall a meeting with Kislyak.',
    'Sessions told senators he simply could not remember a conversation with Kislyak.',
    'Sessions could not recall a meeting with Kislyak at the hotel.',
  ]) {
    assert.ok(confidentIds(sentence).includes(MEETINGS), sentence);
  }
});

test('a memory wording forgets all it covers: the counterpart named elsewhere is not forgotten', () => {
  assert.ok(!confidentIds('Sessions said he has no memory of the spring meeting where Papadopoulos raised a summit, and Kislyak did not attend.').includes(MEETINGS));
  // Near miss: everything under the memory word.
  assert.ok(confidentIds('Sessions said he has no memory of a meeting with Kislyak that spring.').includes(MEETINGS));
});

test('"memory" counts as remembering only as "memory of"', () => {
  for (const sentence of ['Sessions has no memory lapse about a meeting with Kislyak.', 'Sessions said he had no memory trouble over the meeting with Kislyak.']) {
    assert.ok(!confidentIds(sentence).includes(MEETINGS), sentence);
  }
});

test('adverbs and qualifiers between the negation and the memory word still forget', () => {
  for (const sentence of [
    'Sessions said he did not specifically recall meeting Kislyak.',
    'Sessions said he does not have any recollection of meeting Kislyak.',
    'Sessions said he has no clear memory of meeting Kislyak.',
  ]) {
    const ids = confidentIds(sentence);
    assert.ok(ids.includes(MEETINGS), sentence);
    assert.ok(!ids.includes(DENIED), sentence);
  }
});
