/** Whose statement a possessive names: the owner after a preposition, and titles holding "of" ("the chief of staff's"). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('an insistence owned by a name after "with" is that party denying', () => {
  assert.deepEqual(kindsOf("The ledger sits uneasily with Mr Okafor's repeated insistence that he never handled the cash."), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('That account is at odds with Okafor’s public insistence that she never saw the ledger.'), ['denial', 'on-record']);
  // Near misses: no content, a relative clause, a first-person owner.
  assert.deepEqual(kindsOf("The ledger sits uneasily with Mr Okafor's insistence on privacy."), []);
  assert.deepEqual(kindsOf("We compared it with Mr Okafor's statement that was issued on Friday."), []);
  assert.deepEqual(kindsOf('It clashes with our insistence that the figures never lie.'), []);
});

test('a title holding "of" stays whole as the owner of a denial', () => {
  assert.deepEqual(kindsOf("The ledger is at odds with the chief of staff's insistence that she never signed the order."), ['denial', 'on-record']);
  assert.deepEqual(kindsOf("The invoices undercut the minister of finance's insistence that he never approved the payment."), ['denial', 'on-record']);
  assert.deepEqual(kindsOf("The emails cast doubt on the mayor of Brookfield's insistence that she never met the lobbyist."), ['denial', 'on-record']);
  assert.deepEqual(kindsOf("The filings undercut the secretary of state's insistence that the deal was never discussed."), ['denial', 'on-record']);
  // Near misses: an "of" after an adjective cuts ("wary of"), an owner that is no party, no content clause.
  assert.deepEqual(kindsOf("Auditors are wary of the chief of staff's habit of signing late."), []);
  assert.deepEqual(kindsOf("The ledger is at odds with the chief of staff's schedule for the week."), []);
  assert.deepEqual(kindsOf("It clashes with the board of trade's insistence on privacy."), []);
  // An "of" after a noun that is no title ("in the face of") still cuts: the owner is the name after it.
  assert.deepEqual(kindsOf("The cables fly in the face of Mr Okafor's insistence that he never met the envoy."), ['denial', 'on-record']);
});
