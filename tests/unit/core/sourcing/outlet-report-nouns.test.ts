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

test('a report nobody owns, with its content after "that", is hedged as reported', () => {
  assert.deepEqual(kindsOf('A new report that the mayor skipped the audit has angered the council.'), ['relayed']);
  assert.deepEqual(kindsOf('The vote was put off after press reports that the pumps had failed twice.'), ['relayed']);
  assert.deepEqual(kindsOf('The trustees met again following a report that the fund had lost money.'), ['relayed']);
  assert.deepEqual(kindsOf('Report that harbor pilots walked out over pay stirs the port'), ['relayed']);
  assert.deepEqual(kindsOf('The board met again after news reports from March that the roof had leaked.'), ['relayed']);
  // Near misses: a report that does something (relative clause), a body's own report, a story told,
  // a dated or possessed report, a report the subject disputes.
  assert.deepEqual(kindsOf('The auditors issued a report that found the roads poorly paved.'), []);
  assert.deepEqual(kindsOf('A report that was released on Friday runs to forty pages.'), []);
  assert.ok(!kindsOf('The regulators concluded in a public report that the dam was unsafe.').includes('relayed'));
  assert.deepEqual(kindsOf('He still remembers a story that his aunt told every winter.'), []);
  assert.ok(!kindsOf('The mayor said after Monday\'s report that she would stay.').includes('relayed'));
  assert.ok(!kindsOf('The utility disputed news reports that it had delayed repairs.').includes('relayed'));
  assert.ok(!kindsOf('The council weighed a report from the auditor that the books had balanced.').includes('relayed'));
});
