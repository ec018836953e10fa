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

test('an act not yet done to the subject, or told of a thing in a relative clause, denies nothing', () => {
  assert.deepEqual(kindsOf('The treasurer told the council she has not been questioned by the auditors.'), ['on-record']);
  assert.deepEqual(kindsOf("The coach said the keeper hasn't been examined by the club doctor."), ['on-record']);
  assert.deepEqual(kindsOf('The supplier said it had billed for pallets that were never shipped.'), ['on-record']);
  assert.deepEqual(kindsOf('The supplier said it ordered forty crates, some of which were never unloaded.'), ['on-record']);
  // The dealings themselves negated in the passive still deny.
  assert.deepEqual(kindsOf('The envoy said the sanctions were never discussed.'), ['denial', 'on-record']);
});

test('a party saying something was never done to it or by it, in the passive, denies', () => {
  assert.deepEqual(kindsOf('The supplier said the pallets were never shipped.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The ledgers were never burned, the bank insisted.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The striker said he was never paid by the agency.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"The funds were never moved offshore," the treasurer\'s lawyer told the Gazette.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The governor has never been briefed on the loans, her office said.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"My client has never been paid by any contractor," the lawyer said.'), ['denial', 'on-record']);
});

test('a negation in what someone asks is a question, not a denial', () => {
  assert.deepEqual(kindsOf('The governor said she had asked why the chief had not fired the deputy.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor told reporters he wondered why the chief had not fired the deputy.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor asked her why the chief had not fired the deputy.'), ['on-record']);
  assert.deepEqual(kindsOf('Councillors asked Ruiz why she had not recused herself earlier.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor said she wanted to know why the chief had not fired the deputy.'), ['on-record']);
  // An answer after a comma, or after "and" and a verb of saying, still denies.
  assert.deepEqual(kindsOf('Asked why, the treasurer said she had never signed the contract.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The mayor said she was asked whether she signed it and said she never signed anything.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The governor said he knew why the chief had not fired the deputy.'), ['denial', 'on-record']);
});

test('after "did", a form of "have" is the verb: "did not have a choice" denies nothing', () => {
  assert.deepEqual(kindsOf('"The coach didn\'t have a say in the matter," the owner said.'), ['on-record']);
  assert.deepEqual(kindsOf('The mayor said the city did not have the money.'), ['on-record']);
  assert.deepEqual(kindsOf('"We didn\'t have enough volunteers," the mayor said.'), ['on-record']);
  assert.deepEqual(kindsOf('The club said the winger did not have a valid work permit.'), ['on-record']);
  assert.deepEqual(kindsOf('"She did not have time to comment," her lawyer said.'), ['on-record']);
  // With the dealings or a relation named after it, "did not have" still denies.
  assert.deepEqual(kindsOf('The senator said he did not have any contact with the lobbyist.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The mayor said she did not have a relationship with the developer.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"I did not have romantic relations with the intern," the governor said.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The treasurer said he did not have any business dealings with the contractor.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf("The minister said she didn't have any financial ties to the firm."), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The pastor said he did not have an affair with the organist.'), ['denial', 'on-record']);
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
