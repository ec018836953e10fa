/** Owners after a preposition, intelligence as the evidence, outlets' report nouns, polled groups, and searches that found nothing. */
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

test('the intelligence itself showing something is spy-agency sourcing', () => {
  assert.deepEqual(kindsOf('According to the Tribune, the intelligence indicates the two envoys spoke twice.'), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('Leaked intelligence showed the colonel briefing his superiors.'), ['intercept']);
  assert.deepEqual(kindsOf('Analysts say the intercepted material points to the minister.'), ['anonymous', 'intercept']);
  // Near misses: artificial intelligence, a committee, intercepted goods, material only talked about.
  assert.deepEqual(kindsOf('The artificial intelligence shows promise in radiology.'), []);
  assert.deepEqual(kindsOf('Customs officers intercepted material bound for the harbour.'), []);
  assert.deepEqual(kindsOf('Whether the inquiry has seen the intercepted material remains unclear.'), []);
  assert.deepEqual(kindsOf('The intelligence of ravens shows up in puzzle tests.'), []);
});

test('"the Tribune report" before a verb is a noun: the unnamed people it quotes are sources', () => {
  assert.deepEqual(kindsOf('The same Tribune report quoted one senior official as saying that the plan had stalled.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The Tribune report quoted a former aide as saying the memo was lost.'), ['anonymous', 'relayed']);
  // Near misses: the verb "reports", a content clause after the noun, a plural subject.
  assert.deepEqual(kindsOf('The Tribune reports that the plan has stalled.'), ['relayed']);
  assert.deepEqual(kindsOf('Analysts at the Treasury report that growth slowed.'), []);
  assert.ok(!kindsOf('Farmers in the valley report that the wells ran dry.').includes('relayed'));
});

test('an unnamed source "the paper spoke with" ends before the outlet, whose reporting it is', () => {
  assert.deepEqual(kindsOf('According to a former official the Tribune spoke with, the talks ran for an hour.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('According to two aides the Tribune interviewed, the plan stalled.'), ['anonymous', 'relayed']);
  // Near misses: an outlet that only reported on them, no outlet at all.
  assert.deepEqual(kindsOf('According to officials the Tribune reported on, the plan stalled.'), ['anonymous']);
  assert.deepEqual(kindsOf('According to officials the plan stalled.'), ['anonymous']);
  // Near misses: a named source, "the" opening no clause, an object of "told".
  assert.deepEqual(kindsOf('According to the official, the talks ran for an hour.'), ['anonymous']);
  assert.deepEqual(kindsOf('According to Mayor Ruiz, the talks ran for an hour.'), ['on-record']);
  assert.deepEqual(kindsOf('He told officials the talks ran for an hour.'), ['on-record']);
});

test('people described by a participle ("voters polled") speak for themselves', () => {
  assert.deepEqual(kindsOf('Several students interviewed said they planned to vote in the spring.'), ['anonymous']);
  assert.deepEqual(kindsOf('Most shoppers polled said prices had risen.'), ['anonymous']);
  // Near misses: a participle that is the clause's verb, a named speaker, a thing described.
  assert.deepEqual(kindsOf('Several officials resigned, said the mayor.'), ['on-record']);
  assert.deepEqual(kindsOf('The files reviewed said little about the payments.'), []);
  assert.deepEqual(kindsOf('Students interviewed for the job were hired.'), []);
});

test('a search that found nothing reports a finding, it denies nothing', () => {
  assert.deepEqual(kindsOf('The auditor said her staff found no evidence of theft.'), ['on-record']);
  assert.deepEqual(kindsOf('Harbor Clinic said it had found no sign that records were taken.'), ['on-record']);
  // Near misses: a plain denial by the one accused, "no evidence" asserted, a refusal to find.
  assert.deepEqual(kindsOf('The mayor said there was no evidence of theft.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The firm denied finding any irregularities.'), ['denial', 'on-record']);
});
