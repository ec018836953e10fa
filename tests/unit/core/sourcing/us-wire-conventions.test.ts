/** US and wire-service conventions: party-state designations, trailing participles, letters as openers, unknown papers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

test('a party-state designation in parentheses stays part of the speaker', () => {
  assert.deepEqual(kindsOf('Sen. Maria Ortiz (D-Ore.) argued the rule would hurt growers.'), ['on-record']);
  assert.equal(cueOf('Rep. Tom Black (R-Ohio) insisted the plan was sound.', 'on-record'), 'Rep. Tom Black (R-Ohio) insisted');
  // A parenthetical that follows no name does not make one.
  assert.deepEqual(kindsOf('The measure (which passed in 2019) argued nothing.'), []);
});

test('a letter the speaker wrote is her own statement, not a document', () => {
  assert.deepEqual(kindsOf('In a letter to the agency, Sen. Maria Ortiz (D-Ore.) noted that the deadline had passed.'), ['on-record']);
  assert.deepEqual(kindsOf('In a letter to the ethics panel weeks later, she said she had misread the question.'), ['on-record']);
  // A filing stays a document even when a speaker follows it.
  assert.ok(kindsOf('In a court filing, the company said the contract was void.').includes('document'));
});

test('a trailing participle speaks for a subject that went on past its own verb', () => {
  assert.deepEqual(kindsOf('He went further in May, telling the panel that he had never met the lobbyist.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Ruiz went further on Friday, telling reporters that she had never signed the memo.'), ['denial', 'on-record']);
});

test('a capitalised name ending in Wire is an outlet', () => {
  assert.deepEqual(kindsOf('The Lakeshore Business Wire reported that the mill would shut.'), ['relayed']);
});

test('what a speaker wrote in a letter is the letter speaking', () => {
  assert.deepEqual(kindsOf('In a two-page letter to the board, Okafor wrote that the audit was flawed.'), ['document', 'on-record']);
});
