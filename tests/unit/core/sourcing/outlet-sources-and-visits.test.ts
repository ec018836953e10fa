/** An outlet's own sources, reported content and asides, visits and appointments, and negations that deny nothing. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf, tag } from './helpers.js';

test("an outlet's sources are unnamed people it relies on, with or without a verb", () => {
  assert.deepEqual(kindsOf("Assuming the Herald's sources are accurate, the minister misled the chamber."), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf("The magazine's sources were two former aides, neither of them identified."), ['anonymous', 'relayed']);
  assert.equal(cueOf("Assuming the Herald's sources are accurate, the minister misled the chamber.", 'anonymous'), "the Herald's sources");
  // a firm's sources of income are no one speaking
  assert.deepEqual(kindsOf("The bakery's sources of flour changed last spring."), []);
});

test('the people an outlet cited end before a clause saying it did not name them', () => {
  assert.deepEqual(kindsOf('The Gazette cited two council staffers it did not identify.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The broadcaster drew on three engineers who were not named.'), ['anonymous', 'relayed']);
});

test("an outlet's story followed by \"is that\" holds what it reports, speakers included", () => {
  assert.deepEqual(kindsOf("The heart of the Courier's story is that the mayor, in emails to donors, described the deal."), ['relayed']);
  // after a report, someone else speaking on the record is still his own
  assert.deepEqual(kindsOf('After reports that the deal fell apart, Ortega, in a statement, said talks go on.'), ['on-record', 'relayed']);
});

test('an unnamed source quoted by an outlet stays one inside what a named speaker says', () => {
  assert.deepEqual(kindsOf('Ruiz noted that the Courier had quoted a city engineer who called the audit false.'), ['anonymous', 'on-record', 'relayed']);
  assert.deepEqual(kindsOf('Ruiz added that a clerk quoted by the Courier characterized the audit as misleading.'), ['anonymous', 'on-record', 'relayed']);
  // what the unnamed source disputes is no denial by the named speaker
  assert.ok(!kindsOf('Ruiz added that a clerk quoted by the Courier characterized the audit as misleading.').includes('denial'));
});

test('calling on someone is a demand only with "to" and a verb; otherwise it is a visit', () => {
  assert.deepEqual(kindsOf('The trade envoy calls on the governor at her office in the capital.'), []);
  assert.deepEqual(kindsOf('The union called on the governor on Monday to veto the bill.'), ['on-record']);
});

test('a named speaker is found past a designation and an appositive, and past a time after it', () => {
  assert.deepEqual(kindsOf('Rep. Dana Ellis (R-Ohio), a member of the budget panel, said the figures were wrong.'), ['on-record']);
  assert.deepEqual(kindsOf('Dana Ellis, a member of the budget panel, on Friday said the figures were wrong.'), ['on-record']);
});

test('continuing a quotation attributes it; continuing anything else says nothing', () => {
  assert.deepEqual(tag('"We will not fold," the coach continued.')[0]!.kinds, ['on-record']);
  assert.deepEqual(kindsOf('The strike continued into its third week.'), []);
  assert.deepEqual(kindsOf('An inquiry into the contracts between the city and two builders continues.'), []);
  assert.deepEqual(kindsOf('The ministry continues to reject the auditors\u2019 claims.'), ['denial', 'on-record']);
});

test('saying one had not thought of or considered something, or has not indicated a choice, denies nothing', () => {
  assert.deepEqual(kindsOf('Ortega said she had not thought of the loan as a gift.'), ['on-record']);
  assert.deepEqual(kindsOf('A spokeswoman said the mayor has not indicated whether she will run.'), ['on-record']);
  assert.deepEqual(kindsOf('Ortega said she had no recollection of the call.'), ['denial', 'on-record']);
});

test('a quoted denial verb under a negation denies nothing', () => {
  assert.deepEqual(kindsOf('"The board cannot simply wave this away," she said.'), ['on-record']);
  assert.deepEqual(kindsOf('"We flatly deny it," she said.'), ['denial', 'on-record']);
});

test('a bare verb form after "the" and a singular noun is a noun; after a speaker noun it is a verb', () => {
  assert.deepEqual(kindsOf('Ortega said he read the survey question too narrowly.'), ['on-record']);
  assert.ok(!kindsOf('Ortega said he read the survey question too narrowly.').includes('denial'));
  assert.deepEqual(kindsOf('The police deny the account.'), ['denial', 'on-record']);
});

test("a body's own website is its record; an outlet's website is the outlet", () => {
  assert.deepEqual(kindsOf("She joined the board in May, according to the charity's website."), ['document']);
  assert.deepEqual(kindsOf("The vote was delayed, according to the Courier's website."), ['relayed']);
});

test('a conclusion by an official body that ... is a published finding', () => {
  assert.deepEqual(kindsOf('The league disputes the conclusion by federal investigators that the games were fixed.'), ['denial', 'document', 'on-record']);
  assert.deepEqual(kindsOf('The conclusion by two fans that the games were fixed spread online.'), []);
});

test('unnamed officials characterizing or doubting, and named groups speaking', () => {
  assert.deepEqual(kindsOf('That is one unnamed engineer characterizing the test.'), ['anonymous']);
  assert.deepEqual(kindsOf('Several of the former aides interviewed for this story doubted that the deal was signed.'), ['anonymous']);
  assert.deepEqual(kindsOf('The two campus chapters said they would hold a vote in May.'), ['on-record']);
  assert.deepEqual(kindsOf('The consulate stayed quiet on the claim, announcing instead that the envoy had left.'), ['on-record']);
});

test("a statement's noun may take a short complement before its copula", () => {
  assert.deepEqual(tag('Ortega met the donors twice. Her explanation for the dinners has been that they were social.')[1]!.kinds, ['on-record']);
});

test('a passive act may name its topic before its agent', () => {
  assert.deepEqual(kindsOf('The council was told about the leak by two auditors.'), ['anonymous']);
  assert.deepEqual(kindsOf('The mayor was told of the plan by Dana Ellis.'), ['on-record']);
  // a topic too long to be one is not bridged
  assert.deepEqual(kindsOf('The mayor was told of the plan for the new bridge over the river by Dana Ellis.'), []);
});
