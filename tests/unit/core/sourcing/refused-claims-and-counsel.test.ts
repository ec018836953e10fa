/**
 * A claim not accepted is a claim denied ("has never accepted that finding", "refused to accept
 * the audit's conclusions"), where accepting one, or refusing a gift, denies nothing; and a
 * party's lawyers speak for it on the record, where its aides and bare "lawyers" stay unnamed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('a named party that never accepted, does not accept or refused to accept a claim denies it', () => {
  assert.deepEqual(kindsOf('The governor has never accepted that description of the deal.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The club does not accept the league\'s account of the transfer.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The treasurer refused to accept the auditors\' conclusions.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Harwick Mills did not accept the inspectors\' findings.'), ['denial', 'on-record']);
});

test('accepting a claim, or refusing something that is no claim, denies nothing', () => {
  assert.deepEqual(kindsOf('The governor accepted the auditors\' conclusions.'), []);
  assert.deepEqual(kindsOf('The coach has never accepted a bonus from the club.'), []);
  assert.deepEqual(kindsOf('The treasurer refused to accept the cheque.'), []);
  assert.deepEqual(kindsOf('The mayor did not accept the invitation to the gala.'), []);
  assert.deepEqual(kindsOf('The finding was never accepted.'), []);
});

test('a named party\'s lawyers speak for it on the record', () => {
  assert.deepEqual(kindsOf('Harwick Mills\' lawyers said the ruling ignored the contract.'), ['on-record']);
  assert.deepEqual(kindsOf('The carrier\'s lawyers disputed the inspectors\' findings.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Her lawyers said she would appeal.'), ['on-record']);
});

test('unowned lawyers and a party\'s aides stay unnamed', () => {
  assert.deepEqual(kindsOf('Lawyers said the ruling ignored the contract.'), ['anonymous']);
  assert.deepEqual(kindsOf('Defense lawyers said the ruling would be appealed.'), ['anonymous']);
  assert.deepEqual(kindsOf('The senator\'s aides said he would vote no.'), ['anonymous']);
});
