/**
 * Crediting (credit-acts.ts): an outlet's report credited to or resting on its sources ("credited
 * its story to two aides", "(the paper said) its account rested on officials") relays them, plus
 * the kind of source named; crediting cites only people or the press for information, and an
 * outlet's own sources are people or papers the lexicon knows, not a machine or a vendor.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('an outlet that credits its report to unnamed people relays them', () => {
  assert.deepEqual(kindsOf('The magazine credited its story to two people close to the coach.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The daily credits its report to several former ministry staff.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The weekly credited three city hall employees for the information.'), ['anonymous', 'relayed']);
});

test('the sources an outlet says its own report rests on are cited, inside its statement', () => {
  assert.deepEqual(kindsOf('The Gazette said its account rested on two unnamed council aides.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The paper said its story relied on former employees of the firm.'), ['anonymous', 'relayed']);
});

test('crediting a success, a person with a quality or a thing to a cause names no source', () => {
  assert.deepEqual(kindsOf('The coach credited the win to his defence.'), []);
  assert.deepEqual(kindsOf('The manager credited her staff with a remarkable season.'), []);
  assert.deepEqual(kindsOf('The mayor credited the volunteers for the clean streets.'), []);
  assert.deepEqual(kindsOf('She credited her recovery to the nurses.'), []);
});

test('what a speaker says an outlet reported is not the outlet citing its own sources', () => {
  assert.deepEqual(kindsOf('The mayor said the account rested on two council aides.'), ['on-record']);
});

test('crediting a thing to a cause, or an account that is a customer\'s, names no source', () => {
  assert.deepEqual(kindsOf('The firm credited its account to the wrong client.'), []);
  assert.deepEqual(kindsOf('The lender credits accounts to savers at the end of each month.'), []);
  assert.deepEqual(kindsOf('Analysts credited the report of higher profits to cost cutting.'), []);
  assert.deepEqual(kindsOf('The founder credited the story of the firm\'s revival to its staff.'), []);
  assert.deepEqual(kindsOf('He credited the information about the breach to his own unit\'s diligence.'), []);
  assert.deepEqual(kindsOf('The eulogy credited her uncle\'s stories to a long life at sea.'), []);
});

test('a passive credit names a source only for a remark and a person', () => {
  assert.deepEqual(kindsOf('Much of the rebound is credited to the central bank\'s rate cuts.'), []);
  assert.deepEqual(kindsOf('The line, often credited to Churchill, is apocryphal.'), []);
  assert.deepEqual(kindsOf('The remark was credited to a senior aide.'), ['anonymous']);
  assert.deepEqual(kindsOf('A detail the Gazette credited to a former aide was later confirmed.'), ['anonymous', 'relayed']);
});

test('an outlet\'s own account resting on a machine or a vendor cites nobody', () => {
  assert.deepEqual(kindsOf('The Gazette said its account relied on a third-party vendor for security.'), ['relayed']);
  assert.deepEqual(kindsOf('The Gazette said its account rested on a server in Ohio.'), ['relayed']);
  assert.deepEqual(kindsOf('The Gazette said its account of the meeting rested on three people who attended.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The Gazette said its account rested on two unnamed council aides.'), ['anonymous', 'relayed']);
});
