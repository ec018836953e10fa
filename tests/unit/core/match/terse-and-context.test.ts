import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

/** Short, list-like or hedged wordings of the claims. */
const TERSE: [string, string][] = [
  ['The envoy reportedly informed his bosses that they talked campaign.', 'kislyak-reported-campaign-talks'],
  ['Per the Justice Department, the intercept is unverified and he stands by his testimony.', 'doj-disputes-intercept-report'],
  ['Speaking to the Times, Trump said he\u2019d have picked someone else.', 'trump-would-not-have-picked-sessions'],
  ['What the ambassador described, one ex-official said, was more than small talk.', 'sessions-kislyak-substantive-talks'],
  ['Mueller and the House and Senate panels are looking at contacts between Trump associates and Russia.', 'special-counsel-investigating'],
  ['DOJ questions the reliability of the Post account', 'doj-disputes-intercept-report'],
  ['The third meeting took place in Sessions\u2019 Senate office in September.', 'sessions-kislyak-2016-meetings'],
];

test('terse and hedged wordings of the claims are found', () => {
  for (const [sentence, id] of TERSE) assert.deepEqual(confidentIds(sentence), [id], sentence);
  // Naming neither man, in an article that has (see wording-context.ts).
  assert.deepEqual(confidentIds('The Post says U.S. spy agencies intercepted those accounts.', undefined, ['Kislyak described his talks with Sessions.']), ['kislyak-reported-campaign-talks']);
});

test('a pronoun set off by commas speaks for the sentence, not the person named before it', () => {
  const ids = confidentIds('The attorney general, she said, stands by his testimony that he never discussed interference in the election with Russians.', undefined, [
    'Flores answered questions on Friday.',
  ]);
  assert.ok(ids.includes('doj-disputes-intercept-report'), ids.join());
});

test('one singular pronoun stands for one person, never for both people a claim needs', () => {
  const before = ['Sessions and Kislyak met at the Mayflower in April.'];
  assert.deepEqual(confidentIds('\u201cThat is one man\u2019s version of a chat,\u201d she says.', undefined, before), []);
  // Where only one of the two is optional, the wording still matches without it.
  assert.deepEqual(confidentIds('The Mayflower in April, Cleveland in July, his Senate office in September.', undefined, before), ['sessions-kislyak-2016-meetings']);
});

test('"the two countries" are not the two men', () => {
  const ids = confidentIds('Their conversations ranged over issues that matter to the two countries.', undefined, ['Sessions met Kislyak twice.']);
  assert.ok(!ids.includes('sessions-kislyak-2016-meetings'), ids.join());
});

test('not mentioning something is neither stating nor denying it', () => {
  const ids = confidentIds('He wrote that he had not mentioned his conversations with Kislyak because nobody asked.', undefined, ['Sessions sent the committee a letter.']);
  assert.ok(!ids.includes('sessions-denied-campaign-discussions'), ids.join());
  // Failing to mention, in contrast, is what the denial claim is about.
  assert.deepEqual(confidentIds('Sessions failed to mention his meetings with Kislyak.'), ['sessions-denied-campaign-discussions']);
});

test('a monitored inbox elsewhere is not the intercepted accounts', () => {
  assert.deepEqual(confidentIds('The FBI has been monitoring the mayor\u2019s communications for months.'), []);
});

test('a question answered "no" in the same sentence denies what it asked', () => {
  assert.deepEqual(
    confidentIds('On a written form, a senator asked whether Sessions had been in contact with anyone tied to the Russian government about the election; he answered no.'),
    ['sessions-denied-campaign-discussions'],
  );
  // Asked and left unanswered: neither stated nor denied.
  assert.deepEqual(confidentIds('A senator asked whether Sessions had been in contact with the Russian government about the election.'), []);
});
