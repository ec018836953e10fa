/** Withheld answers, "the paper" as a newspaper, quoted judgements, pleas, flat replies, own accounts and intelligence assessments. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf, tag } from './helpers.js';

test('withholding an answer is still speaking on the record; saying nothing is not', () => {
  assert.deepEqual(kindsOf('A county spokeswoman would not say whether the audit had been finished.'), ['on-record']);
  assert.deepEqual(kindsOf('The coach declined to say how long the suspension would last.'), ['on-record']);
  assert.deepEqual(kindsOf('Two council members refused to say who had approved the payment.'), ['anonymous']);
  // Nothing said at all.
  assert.deepEqual(kindsOf('The coach declined to say.'), []);
  // A document leaving something out refuses nothing.
  assert.deepEqual(kindsOf('The audit did not say whether the money was recovered.'), []);
});

test('declining to comment is an answer given on the record; not answering, or a policy of refusing, is none', () => {
  assert.deepEqual(kindsOf('The club declined to comment.'), ['on-record']);
  assert.deepEqual(kindsOf('The regulator declined to comment on the fine, citing the appeal.'), ['on-record']);
  assert.deepEqual(kindsOf('A hospital spokesman refused to answer questions about the waiting list.'), ['on-record']);
  assert.deepEqual(kindsOf('Two former employees declined to discuss the audit.'), ['anonymous']);
  // Near misses: silence, a noun, a policy, a supposition, what is still to come.
  assert.deepEqual(kindsOf('The White House did not respond to a request for comment.'), []);
  assert.deepEqual(kindsOf('Her refusal to comment drew criticism from the board.'), []);
  assert.deepEqual(kindsOf('The hospital has a policy of declining to comment on patients.'), []);
  assert.deepEqual(kindsOf('If the ministry declines to comment, the report will run as written.'), []);
  assert.deepEqual(kindsOf('The regulator is expected to decline to comment.'), []);
  assert.deepEqual(kindsOf('The request for comment was declined.'), []);
});

test('"the paper" saying or cited is the newspaper, unless the sentence is about research', () => {
  assert.deepEqual(kindsOf('The paper said the contract had been signed in a hurry.'), ['relayed']);
  assert.deepEqual(kindsOf('Those payments, the paper said, went through a shell company.'), ['relayed']);
  assert.deepEqual(kindsOf('According to the paper, the minister knew of the deal.'), ['relayed']);
  assert.deepEqual(kindsOf('The trial enrolled 400 patients, the paper says.'), ['document']);
  assert.deepEqual(kindsOf('According to the paper, which appeared in a physics journal, the effect is small.'), ['document']);
  // Conceding something is not relaying a story.
  assert.deepEqual(kindsOf('Even the paper admits the evidence is thin.'), []);
});

test('calling something a quoted judgement is saying it; naming a thing is not', () => {
  assert.deepEqual(kindsOf('The governor called the ruling "a gift to polluters."'), ['on-record']);
  assert.deepEqual(kindsOf('A senior engineer branded the repairs “cosmetic”.'), ['anonymous']);
  assert.deepEqual(kindsOf('She founded a charity called "Open Doors".'), []);
});

test('deriding an accusation disputes it', () => {
  assert.deepEqual(kindsOf('The senator derided the accusations against her.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Critics derided the new stadium design.'), []);
});

test('a plea of not guilty is a denial on the record; a guilty plea is not', () => {
  assert.deepEqual(kindsOf('Marsh has pleaded not guilty to all four counts.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Marsh pleaded guilty to two counts of fraud.'), []);
});

test('a flat "No." in reply to a question put before is a denial, unless it answers about the future', () => {
  const [, reply] = tag('The chairman asked whether she had ever met the lobbyist. Okafor replied: "No."');
  assert.deepEqual(reply!.kinds, ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Asked if she would run again, Okafor answered: "No."'), ['on-record']);
});

test("someone's own account cited is that someone speaking", () => {
  assert.deepEqual(kindsOf("According to the mayor's own account, the dinner lasted an hour."), ['on-record']);
  assert.deepEqual(kindsOf("According to one former aide's recollection, the dinner lasted an hour."), ['anonymous']);
  // A body's budget is a document, not a telling.
  assert.deepEqual(kindsOf("According to the city's budget, the fund is empty."), ['document']);
});

test('an intelligence assessment is a published official document wherever it is cited', () => {
  assert.deepEqual(kindsOf('The hacking campaign was laid out in a declassified intelligence assessment last spring.'), ['document']);
  assert.deepEqual(kindsOf('The ministry denies meddling, despite a Western intelligence assessment that it did.'), ['denial', 'document', 'on-record']);
});
