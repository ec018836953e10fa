import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundled, confidentIds, hitsOf } from './helpers.js';

const DENIED = 'sessions-denied-campaign-discussions';
const CAPACITY = 'sessions-senate-capacity-explanation';
const DOJ = 'doj-disputes-intercept-report';
const MEETINGS = 'sessions-kislyak-2016-meetings';
const REPORTED = 'kislyak-reported-campaign-talks';
const BAD_ANSWERS = 'trump-sessions-bad-answers';
const COUNSEL = 'special-counsel-investigating';

test('a negative wording denies the words its negation covers, not whatever a sentence negates', () => {
  // "X, not Y" negates Y: here the meetings, not the campaign the denial wording is about.
  const correction = 'In a letter, Sessions said he took the query to concern campaign contacts, not meetings he held in his role as a senator.';
  assert.ok(!confidentIds(correction).includes(DENIED), confidentIds(correction).join());
  // The same wording still finds the denial when the campaign is what is negated.
  assert.deepEqual(confidentIds('Sessions said the meetings with the envoy were not about the campaign.'), [DENIED]);
});

test('a correction contrasting the question with Senate work is the senator-capacity explanation', () => {
  for (const sentence of [
    'He later explained that he was responding to a query about campaign surrogates, not describing meetings he held as a senator.',
    'His explanation was that he had been answering a question about the campaign and not about the ordinary work of a senator.',
  ]) {
    assert.deepEqual(confidentIds(sentence, undefined, ['Sessions testified in January.']), [CAPACITY], sentence);
  }
  // A question about the campaign and a senator named elsewhere: nothing contrasts them.
  const plain = 'Answering a question from a Democratic senator about the campaign, Sessions said, "I did not have communications with the Russians."';
  assert.ok(!confidentIds(plain).includes(CAPACITY), confidentIds(plain).join());
});

test('misunderstanding "what he was being asked" is misunderstanding the question', () => {
  const ids = confidentIds('Sessions has since said he misunderstood what he was being asked at the confirmation hearing.');
  assert.ok(ids.includes(CAPACITY), ids.join());
});

test('a pronoun speaking before a name is not that person: her denial on his behalf is not his own', () => {
  const before = ['Flores, the department spokeswoman, answered questions on Friday.'];
  const ids = confidentIds('She said Sessions never discussed interference in the election with any Russian official.', undefined, before);
  assert.ok(ids.includes(DOJ), ids.join());
  assert.ok(!ids.includes(DENIED), ids.join());
  // Unless he denies in his own words inside hers.
  const own = confidentIds('She says Sessions stands by his testimony that he never discussed the campaign with any Russians.', undefined, before);
  assert.ok(own.includes(DENIED), own.join());
});

test('an object pronoun before a speech verb does not speak', () => {
  const sentence = 'A senator asked him in writing whether he had talked with Russians about the election, and Sessions answered: "No."';
  assert.ok(confidentIds(sentence, undefined, ['Sessions testified in January.']).includes(DENIED));
});

test('a pronoun speaking between commas after a name stands for someone named before the sentence', () => {
  const before = ['The president gave a long interview to the Times this week.'];
  assert.deepEqual(confidentIds('Sessions, he told the paper, gave some bad answers when senators questioned him about Russia.', undefined, before), [BAD_ANSWERS]);
});

test('a detailed claim does not hide a broader one that the sentence places somewhere the detail never names', () => {
  const sentence = 'In April at the Mayflower Hotel, Kislyak heard a Trump speech, and the Post said his intercepted accounts described talking with Sessions there.';
  assert.deepEqual(confidentIds(sentence), [MEETINGS, REPORTED].sort());
});

test('the special counsel leading the Russia investigation, but not someone else overseeing his probe', () => {
  assert.deepEqual(confidentIds('The Russia investigation is now led by special counsel Robert Mueller.'), [COUNSEL]);
  assert.deepEqual(confidentIds('Democrats asked that the new appointee stay away from overseeing Mueller\u2019s probe.'), []);
});

test('a bare "matter" is no investigation', () => {
  const hits = hitsOf(bundled, ['Trump fumed that Sessions was disloyal and that the recusal was a mistake, said two people who discussed the matter with him.']);
  const reasons = hits.flatMap((hit) => hit.reasons ?? []).join(' ');
  assert.ok(!/probe \("matter"\)/.test(reasons), reasons);
});

test('being approached by someone is meeting them', () => {
  assert.deepEqual(confidentIds('After a talk at the convention, Sessions was approached by a group of envoys, Kislyak among them.'), [MEETINGS]);
});
