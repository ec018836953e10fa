/** Negated acts that only tell how things stand (counterfactual, passive, asked about, "did not have"), beside the denials they must not swallow. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('what someone would never have done, had things been otherwise, denies nothing', () => {
  assert.deepEqual(kindsOf("The owner told reporters he'd never have signed the striker had he seen the scans."), ['on-record']);
  assert.deepEqual(kindsOf("She'd never have approved the budget, the mayor said."), ['on-record']);
  // "'d" is "had" before a past act: still a denial.
  assert.deepEqual(kindsOf("The striker said he'd never met the agent before that night."), ['denial', 'on-record']);
});

test('an act not done to the subject by someone else denies nothing', () => {
  assert.deepEqual(kindsOf('The treasurer told the council she has not been questioned by the auditors.'), ['on-record']);
  assert.deepEqual(kindsOf('The supplier said some of the pallets were never shipped.'), ['on-record']);
  // The dealings themselves negated in the passive still deny.
  assert.deepEqual(kindsOf('The envoy said the sanctions were never discussed.'), ['denial', 'on-record']);
});

test('a negation in what someone asks is a question, not a denial', () => {
  assert.deepEqual(kindsOf('The governor said she had asked why the chief had not fired the deputy.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor told reporters he wondered why the chief had not fired the deputy.'), ['on-record']);
  // An answer after a comma still denies.
  assert.deepEqual(kindsOf('Asked why, the treasurer said she had never signed the contract.'), ['denial', 'on-record']);
});

test('after "did", a form of "have" is the verb: "did not have a choice" denies nothing', () => {
  assert.deepEqual(kindsOf('"The coach didn\'t have a say in the matter," the owner said.'), ['on-record']);
  assert.deepEqual(kindsOf('The mayor said the city did not have the money.'), ['on-record']);
  // With the dealings named after it, "did not have" still denies.
  assert.deepEqual(kindsOf('The senator said he did not have any contact with the lobbyist.'), ['denial', 'on-record']);
});

test('the party denying its own past act stays a denial', () => {
  assert.deepEqual(kindsOf('The mayor said she never met the developer.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Mayor Ruiz has denied the allegations.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The governor said the chief had not fired the deputy.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('A spokeswoman for the club said the report was false.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The envoy said he did not discuss the campaign with the minister.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The firm said it has not carried out any such tests.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"I\'ve never handed cash to an inspector," Halvorsen said.'), ['denial', 'on-record']);
});
