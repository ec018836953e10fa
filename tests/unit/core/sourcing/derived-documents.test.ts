/** Documents information was taken from ("learned of it from a memo"), and forensic reports. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

test('information taken from a document cites the document', () => {
  assert.deepEqual(kindsOf('The board learned of the payment from an internal memo.'), ['document']);
  assert.deepEqual(kindsOf('The quotations below were condensed by our staff from the hearing transcript.'), ['document']);
  assert.deepEqual(kindsOf("The totals were drawn from the county's court filings."), ['document']);
  assert.equal(cueOf('The board learned of the payment from an internal memo.', 'document'), 'an internal memo');
});

test('"from" and a document without taking information from it is no source', () => {
  assert.deepEqual(kindsOf('She stepped down from the board after a quarrel over the budget.'), []);
  assert.deepEqual(kindsOf('He carried the box of letters from the attic to the car.'), []);
  assert.deepEqual(kindsOf("The stamp was taken from the letter's envelope."), []);
  assert.deepEqual(kindsOf('He learned to sail from his grandfather.'), []);
});

test('a forensic report is a document, not another outlet\'s story', () => {
  assert.deepEqual(kindsOf('According to a forensic report, the laptop was wiped twice.'), ['document']);
  assert.deepEqual(kindsOf('According to a new report, the laptop was wiped twice.'), ['relayed']);
});
