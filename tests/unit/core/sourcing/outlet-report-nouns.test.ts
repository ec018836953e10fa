/** "The Post report": a newspaper's report named as a noun; relayed only when it reports, quotes or cites. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

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

test('a relative clause whose verb made or handled the report, with no object of its own, is no content', () => {
  assert.deepEqual(kindsOf('A new report that the trust compiled last month warns of floods.'), []);
  assert.deepEqual(kindsOf('A fresh report that Parliament ordered in 2021 was finally tabled.'), []);
  assert.deepEqual(kindsOf('A recent report that the county commissioned shows bus use falling.'), []);
  assert.deepEqual(kindsOf('Report that the council drafted finds gaps in spending'), []);
  assert.deepEqual(kindsOf('A new story that her grandfather told her inspired the film.'), []);
  // Near misses: the same verbs with an object of their own, and a content clause with a plain verb.
  assert.deepEqual(kindsOf('A new report that the ministry released false figures has angered farmers.'), ['relayed']);
  assert.deepEqual(kindsOf('The vote was put off after news reports that the mayor had published the donor list.'), ['relayed']);
  assert.deepEqual(kindsOf('A recent report that the envoy told the senator about the deal has rattled the capital.'), ['relayed']);
  assert.deepEqual(kindsOf('A new report that the harbor had flooded twice has alarmed the council.'), ['relayed']);
});

test('a report is nobody\'s only at the sentence\'s start or after a circumstance, and a plural one only after a quantifier', () => {
  // A verb's object: the subject's own report, or an incident reported to them; an owner or "the".
  assert.deepEqual(kindsOf('He filed a report that his bike had been stolen from the station.'), []);
  assert.ok(!kindsOf('The watchdog issued a report that the ministry had overspent.').includes('relayed'));
  assert.ok(!kindsOf('The board released a new report that the scheme had failed.').includes('relayed'));
  assert.ok(!kindsOf('Officers responded to a report that a dog was loose on the highway.').includes('relayed'));
  assert.ok(!kindsOf('Rangers are checking reports that a bear was seen near the campsite.').includes('relayed'));
  assert.deepEqual(kindsOf('The number of reports that staff received doubled last year.'), []);
  assert.deepEqual(kindsOf('The ministry\'s new reports that exports fell were challenged.'), []);
  assert.deepEqual(kindsOf('The news reports that she had fled abroad were wrong.'), []);
  // Near misses: a circumstance, a quantifier, the sentence's start.
  assert.deepEqual(kindsOf('Despite reports that the bridge was unsafe, traffic kept flowing.'), ['relayed']);
  assert.deepEqual(kindsOf('The session was cut short amid reports that the speaker had fallen ill.'), ['relayed']);
  assert.deepEqual(kindsOf('Several news reports that she had fled abroad circulated overnight.'), ['relayed']);
  assert.deepEqual(kindsOf('Unconfirmed reports that the minister had resigned spread quickly.'), ['relayed']);
});

test('a report the sentence itself calls false is not relayed, and an outlet\'s report keeps its name in the cue', () => {
  assert.deepEqual(kindsOf('Reports that the singer had died were false.'), []);
  assert.deepEqual(kindsOf('Reports that the plant would shut turned out to be untrue.'), []);
  assert.equal(cueOf('After BBC news reports that the minister had resigned, markets fell.', 'relayed'), 'BBC news reports');
  // Near misses: a dispute word inside the content, or one that does not close the predicate.
  assert.deepEqual(kindsOf('Reports that the claim was false spread on Monday.'), ['relayed']);
  assert.deepEqual(kindsOf('A new report that the audit was inaccurate has angered the council.'), ['relayed']);
  assert.equal(cueOf('After news reports that the minister had resigned, markets fell.', 'relayed'), 'news reports');
});
