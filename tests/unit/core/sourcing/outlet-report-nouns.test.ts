/** "The Post report": a newspaper's report named as a noun; relayed only when it reports, quotes or cites. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('"the Tribune report" before a verb is a noun: the unnamed people it quotes are sources', () => {
  assert.deepEqual(kindsOf('The same Tribune report quoted one senior official as saying that the plan had stalled.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The Tribune report quoted a former aide as saying the memo was lost.'), ['anonymous', 'relayed']);
  // Near misses: the verb "reports", a content clause after the noun, a plural subject.
  assert.deepEqual(kindsOf('The Tribune reports that the plan has stalled.'), ['relayed']);
  assert.deepEqual(kindsOf('Analysts at the Treasury report that growth slowed.'), []);
  assert.ok(!kindsOf('Farmers in the valley report that the wells ran dry.').includes('relayed'));
});

test('a newspaper report that says, quotes or cites is relayed, whatever the paper\'s name', () => {
  assert.deepEqual(kindsOf('The Journal report said the firm had missed its targets.'), ['relayed']);
  assert.deepEqual(kindsOf('The Wall Street Journal report said the firm had missed its targets.'), ['relayed']);
  assert.deepEqual(kindsOf('The Times report cited two aides who had read the memo.'), ['anonymous', 'relayed']);
  // Near misses: a report only mentioned (what it led to), an official body's report, a plain verb.
  assert.deepEqual(kindsOf('The Tribune report sparked an outcry in the council.'), []);
  assert.deepEqual(kindsOf('The Tribune report drew a sharp reply from the ministry.'), []);
  assert.deepEqual(kindsOf('The Times report, published Friday, prompted calls for an inquiry.'), []);
  assert.deepEqual(kindsOf('The Senate report found that the utility had overcharged customers.'), ['document']);
  assert.deepEqual(kindsOf('The Tribune reported that the plan had stalled.'), ['relayed']);
  assert.deepEqual(kindsOf('The Tribune claim drew a rebuttal from the ministry.'), []);
  // A bare verb that names no telling stays a verb after a name: "the AG insist" is the group's saying.
  assert.deepEqual(kindsOf('Friends of the AG insist he is staying.'), ['anonymous']);
});
