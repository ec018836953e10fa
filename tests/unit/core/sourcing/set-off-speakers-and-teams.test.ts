import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf, tag } from './helpers.js';

test('an attribution set off by commas mid-sentence splits what is said', () => {
  assert.deepEqual(kindsOf('The treasurer, Ortiz added, never signed the loan.'), ['denial', 'on-record']);
  const kinds = tag('Ortiz said the audit was careless. The treasurer, she added, did not sign the loan.').map((sentence) => sentence.kinds);
  assert.deepEqual(kinds, [['on-record'], ['denial', 'on-record']]);
  // Near misses: a verb that adds a thing (after an aside, or with no comma before its subject).
  assert.deepEqual(kindsOf('To the budget, the council added, after a long debate, a reserve fund.'), []);
  assert.deepEqual(kindsOf('The council added, in a late vote, a second meeting.'), []);
  assert.deepEqual(kindsOf('Ruiz, Ortiz and the council added, in March, two more seats.'), []);
});

test('grumbling is saying; a guest is an unnamed speaker; a definite research team is identified', () => {
  assert.deepEqual(kindsOf('The coach also grumbled that the referees had been harsh.'), ['on-record']);
  assert.deepEqual(kindsOf('"She sang until dawn," one guest recalled.'), ['anonymous']);
  assert.deepEqual(kindsOf('The researchers caution that the sample is small.'), ['on-record']);
  // Near misses: unnamed researchers in general, guests who say nothing, grumbling with nothing said.
  assert.deepEqual(kindsOf('Researchers say the sample is small.'), ['anonymous']);
  assert.deepEqual(kindsOf('The guest left before the speeches.'), []);
  assert.deepEqual(kindsOf('Guests: Ana Ortiz, a historian; Ben Cole, an economist.'), []);
});

test('"those who" and what they do picks out unnamed people, who speak with the verb after the clause', () => {
  assert.deepEqual(kindsOf('In the village, those who knew the treasurer say she was careful.'), ['anonymous']);
  // Near misses: the clause's own verb, a clause that says nothing, someone else speaking after it.
  assert.deepEqual(kindsOf('The rules protect those who said nothing.'), []);
  assert.deepEqual(kindsOf('Those who left early missed the vote.'), []);
  assert.deepEqual(kindsOf('Among those who spoke, the mayor said the plan was sound.'), ['on-record']);
});
