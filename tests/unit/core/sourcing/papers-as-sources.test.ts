/**
 * A paper that is what a sentence rests on: a notice or a form that speaks, a document's own
 * verbs (recommends, mentions, names, includes, sets), a paper that leaves something out, an
 * owner's report that was put out, a paper before an aside and a paper a newsroom has obtained.
 * Near misses keep their reading.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('a notice, a disclosure form or an appendix cites a paper', () => {
  assert.deepEqual(kindsOf('According to the notice, tenants must leave the building by noon.'), ['document']);
  assert.deepEqual(kindsOf('A safety notice sent to schools last week lists four recalled heaters.'), ['document']);
  assert.deepEqual(kindsOf("The coach's disclosure form for the year lists no outside income."), ['document']);
  assert.deepEqual(kindsOf('She prints, in an appendix, the full schedule of the hearings.'), ['document']);
});

test("a paper's own verbs: it recommends, mentions, names, includes and sets", () => {
  assert.deepEqual(kindsOf("The board's last safety review, published in 2018, recommended a second exit."), ['document']);
  assert.deepEqual(kindsOf('The contract sets no date for the repairs.'), ['document']);
  assert.deepEqual(kindsOf('The budget also includes a line for overtime.'), ['document']);
  assert.deepEqual(kindsOf('The memo names two engineers who signed off on the design.'), ['document']);
});

test('a paper that leaves something out is still the source', () => {
  assert.deepEqual(kindsOf('The lawsuit does not name the contractor.'), ['document']);
  assert.deepEqual(kindsOf('The invoices do not show any payment to the firm.'), ['document']);
});

test("an owner's report that was put out is a paper it issued", () => {
  assert.deepEqual(kindsOf("The inspector general's report, released in March, said the audits were late."), ['document']);
  assert.deepEqual(kindsOf("A coroner's report filed Tuesday concluded that the fall was accidental."), ['document']);
  assert.deepEqual(kindsOf("The utility's final report, issued last spring, found no misconduct."), ['document']);
});

test('a paper before an aside speaks, and one a newsroom has obtained is the source', () => {
  assert.deepEqual(kindsOf("The letter, from the county's lawyers, asks the builder for three years of invoices."), ['document']);
  assert.deepEqual(kindsOf('The Tribune has obtained a copy of the lease.'), ['document']);
  assert.deepEqual(kindsOf('The Ledger has since reviewed an internal memo about the layoffs.'), ['document']);
});

test('near misses: the same words with no paper speaking', () => {
  // An inverted speaker after a clause, and papers that were not obtained now or were only handled.
  assert.deepEqual(kindsOf('The deal is off, said the mayor.'), ['on-record']);
  assert.deepEqual(kindsOf('The Tribune has not seen the memo.'), []);
  assert.deepEqual(kindsOf('Several embassies have quietly reviewed their own guidance on visits.'), []);
  // A person recommending or mentioning something speaks for themselves, not through a paper.
  assert.deepEqual(kindsOf('The mayor recommended a second exit.'), []);
  // A person who did not say something said nothing; nor did a paper that says nothing after its verb.
  assert.deepEqual(kindsOf('The mayor did not name the contractor.'), []);
  assert.deepEqual(kindsOf('The paper does not say, perhaps because nobody told it.'), []);
  assert.deepEqual(kindsOf('The ledger does not show who approved the transfer.'), []);
  // "Notice what ..." tells the reader to look; "on short notice" is no paper.
  assert.deepEqual(kindsOf('Notice what the ruling leaves out.'), []);
  assert.deepEqual(kindsOf('The dinner was arranged on short notice by the mayor.'), []);
  // An outlet's report stays the press's; an envoy's reports home are no paper he put out.
  assert.deepEqual(kindsOf("The Washington Post's report, published Friday, said the talks were substantive."), ['relayed']);
  assert.deepEqual(kindsOf("The envoy's reports home said the talks were substantive."), []);
  // A notice taken, or a sports team's form, is no document.
  assert.deepEqual(kindsOf('Nobody took notice of the warning.'), []);
  assert.deepEqual(kindsOf("The team's form shows in its results."), []);
});
