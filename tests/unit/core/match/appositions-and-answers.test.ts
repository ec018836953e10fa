import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const REPORTED = 'kislyak-reported-campaign-talks';
const DENIED = 'sessions-denied-campaign-discussions';
const DOJ = 'doj-disputes-intercept-report';
const CAPACITY = 'sessions-senate-capacity-explanation';
const DISMISSES = 'trump-dismisses-russia-reports';
const MISLEADING = 'official-says-sessions-misleading';

test('a subject set off by an apposition speaks, not the people the apposition names', () => {
  const apposed = 'Sessions, a longtime Trump ally from Alabama, has insisted that he never talked about the campaign with Russian officials.';
  assert.deepEqual(confidentIds(apposed), [DENIED]);
  assert.deepEqual(confidentIds('Sessions, an early backer of Trump, has denied discussing the campaign with Russian officials.'), [DENIED]);
  // The apposition's subject is still the one denying: here Kislyak, not Sessions (the meetings stand).
  assert.deepEqual(confidentIds('Kislyak, who met Sessions twice, has denied discussing the campaign with him.'), ['sessions-kislyak-2016-meetings']);
  assert.deepEqual(confidentIds('On Monday, Sessions, a Trump ally, denied discussing the campaign with Russian officials.'), [DENIED]);
  // A name inside an opening phrase is not the subject.
  const opening = 'After meeting Sessions, Kislyak, a veteran diplomat, said he never discussed the campaign.';
  assert.ok(!confidentIds(opening).includes(DENIED));
  // Opening words are read as stems, as the sentence's tokens are ("before", "since", "asked").
  for (const lead of ['Before meeting Sessions', 'Since his talks with Sessions', 'Asked about Sessions']) {
    assert.ok(!confidentIds(`${lead}, Kislyak, a career diplomat, said he never discussed the campaign.`).includes(DENIED), lead);
  }
  const spokeswoman = 'Flores, the department spokeswoman, said Sessions had not talked about election interference with any Russian.';
  assert.deepEqual(confidentIds(spokeswoman), [DOJ]);
});

test('a subject speaking through someone else ("through a spokeswoman") is not an apposition', () => {
  assert.deepEqual(confidentIds('Sessions, through a Justice Department spokeswoman, disputed the account.'), [DOJ]);
});

test('a participle ("..., saying the attorney general ...") keeps the subject before it as the speaker', () => {
  const sentence = 'Flores issued a statement on Friday, saying the attorney general stands by his answers and questioning the reliability of the intercept.';
  assert.deepEqual(confidentIds(sentence), [DOJ]);
});

test('a question closing a statement after a colon asks only what follows the colon', () => {
  const statement = "Kislyak's cable saying he discussed the campaign with Sessions raises a question for the attorney general: will he testify again?";
  assert.deepEqual(confidentIds(statement), [REPORTED]);
  assert.deepEqual(confidentIds('The puzzle is simple: did Kislyak tell Moscow he discussed the campaign with Sessions?'), []);
});

test('a verdict standing alone after a colon judges the clause before it', () => {
  assert.deepEqual(confidentIds('For a year now Trump has called it exactly what he thinks it is: a witch hunt.'), [DISMISSES]);
  assert.deepEqual(confidentIds('Trump has scoffed at the whole affair as a hoax cooked up by his opponents.'), [DISMISSES]);
});

test('a quoted "No" answers the question asked after it', () => {
  const answer = 'In writing, Sessions answered "No" when a senator wanted to know whether he had communicated with the Russian government about the election.';
  assert.deepEqual(confidentIds(answer), [DENIED]);
  assert.deepEqual(confidentIds('A senator wanted to know whether Sessions had communicated with the Russian government about the election.'), []);
});

test('words reported inside another speaker\'s ("..., in which he said ...") are their own speaker\'s', () => {
  const nested = 'Flores said the attorney general stands by the testimony he gave in June, in which he said he had never discussed election interference with any Russian official.';
  assert.deepEqual(confidentIds(nested), [DENIED, DOJ].sort());
});

test('"official" is a word the claim needs, not a light one like "officially"', () => {
  assert.deepEqual(confidentIds("A U.S. official called Sessions' statements misleading."), [MISLEADING]);
  assert.deepEqual(confidentIds("The committee's lawyers called Sessions' statements misleading."), []);
});

test('Sessions explaining how he read the question: as about surrogates, not his Senate work', () => {
  assert.deepEqual(confidentIds('Sessions has said he took Franken to be asking about campaign surrogates, not about his own meetings.'), [CAPACITY]);
  assert.deepEqual(confidentIds('Sessions says he thought Franken was asking only about campaign surrogates.'), [CAPACITY]);
  const before = ['Sessions wrote to the committee in March.'];
  const negated = "He said he had not understood the senator's question to cover meetings he held in his role as a senator.";
  assert.deepEqual(confidentIds(negated, undefined, before), [CAPACITY]);
  const misread = 'Sessions later said his answer reflected a misunderstanding of what Franken had asked him.';
  assert.deepEqual(confidentIds(misread), [CAPACITY]);
  // Franken asking about surrogates is the question, not Sessions' reading of it.
  assert.deepEqual(confidentIds('Franken asked Sessions about campaign surrogates, and Sessions took a long pause.'), []);
});
