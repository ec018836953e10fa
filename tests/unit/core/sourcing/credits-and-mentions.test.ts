import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf, tag } from './helpers.js';

test('a statement credited after a dash is its speaker\'s, and its negations are denials', () => {
  assert.deepEqual(kindsOf("CLAIM 2: 'We never sold land to the developer.' \u2014 Mayor Dana Ortiz, council meeting, May 4"), ['denial', 'on-record']);
  assert.equal(cueOf("CLAIM 2: 'We never sold land to the developer.' \u2014 Mayor Dana Ortiz, council meeting, May 4", 'on-record'), '\u2014 Mayor Dana Ortiz');
  assert.deepEqual(kindsOf('The water is safe to drink. \u2014 County health department, June 2'), ['on-record']);
  // Nobody identified after the dash, or a dash inside the sentence: no credit.
  assert.deepEqual(kindsOf('The budget doubled in a year. \u2014 posts shared on social media'), []);
  assert.deepEqual(kindsOf('She had one ally left \u2014 Dana Ortiz.'), []);
});

test('a fact-check verdict label is no speaker, even when it opens every item', () => {
  const blocks = ['VERDICT: False', 'VERDICT: Mostly true'];
  for (const block of blocks) assert.deepEqual(tag(block)[0]!.kinds, []);
});

test('what someone said, only talked about, attributes nothing', () => {
  assert.deepEqual(kindsOf('The uproar was about what the mayor had said at the rally.'), []);
  assert.deepEqual(kindsOf('What the mayor, the council and the police have said about the fire'), []);
  // After a copula the sentence says it; after a colon what was said follows.
  assert.deepEqual(kindsOf('That is what the mayor said on Friday.'), ['on-record']);
  assert.deepEqual(kindsOf("Recall what the mayor told the council in May: 'We did not sell the land.'"), ['denial', 'on-record']);
});

test('what follows an opening "according to" belongs to that source', () => {
  assert.deepEqual(kindsOf("According to a Reuters report, it was one of three calls that the envoy described to his ministry."), ['relayed']);
  assert.deepEqual(kindsOf('The audit does not settle it: according to two aides, the minister described the deal as finished.'), ['anonymous']);
});

test("unnamed people an outlet relies on are that outlet's reporting too", () => {
  assert.deepEqual(kindsOf("The Gazette's sources, two council employees, said the vote was rigged."), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf("According to the newspaper's sources, the vote was rigged."), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf("The mayor's aides said the vote was fair."), ['anonymous']);
  assert.deepEqual(kindsOf('The paper attributed its account to three people close to the talks.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The Gazette built its story on descriptions from two council employees.'), ['anonymous', 'relayed']);
});

test('speakers behind an opening adverb, a careful note, a question asked after an adverbial', () => {
  assert.deepEqual(kindsOf('Now the governor was telling reporters that she regretted the veto.'), ['on-record']);
  assert.deepEqual(kindsOf('The Gazette was careful to note that the figures were provisional.'), ['relayed']);
  assert.deepEqual(kindsOf('The governor asked on the radio why the council had waited.'), ['on-record']);
  assert.deepEqual(kindsOf('The governor asked about the budget.'), []);
});

test('issuing a statement and acknowledging in writing are on the record', () => {
  assert.deepEqual(kindsOf('The club issued a statement within the hour.'), ['on-record']);
  assert.deepEqual(kindsOf('The club did not issue a statement.'), []);
  assert.deepEqual(kindsOf('Her own later acknowledgments show she had met the buyer twice.'), ['on-record']);
});

test('an owned answer opening the sentence as a label is said; a question after it is not', () => {
  assert.deepEqual(kindsOf("The governor's reply: a two-line post calling the story a smear."), ['denial', 'on-record']);
  assert.deepEqual(kindsOf("The governor's testimony: what we know so far"), []);
});

test('spending time denying is denying; not having decided denies nothing', () => {
  assert.deepEqual(kindsOf('The governor has spent the year disputing that audit.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('She said the governor had not decided whether to sign.'), ['on-record']);
  assert.deepEqual(kindsOf('She said the governor had not signed the bill.'), ['denial', 'on-record']);
});

test('a relayed headline from an outlet before a colon, and an intercepted account', () => {
  assert.deepEqual(kindsOf('The latest scoop from the Riverton Gazette: the envoy met the minister twice.'), ['relayed']);
  assert.deepEqual(kindsOf('A letter from the mayor: we will rebuild.'), []);
  assert.deepEqual(kindsOf("The paper reported that the envoy's intercepted account of the dinner mentioned the bid."), ['intercept', 'relayed']);
});

test('straight single quotes quote, apostrophes do not', () => {
  assert.deepEqual(kindsOf("Asked whether he had met the buyer, the governor answered: 'No.'"), ['denial', 'on-record']);
  assert.deepEqual(kindsOf("The governor's aides said the buyers' offer was low."), ['anonymous']);
});

test("a statement emailed to an outlet is the speaker's, not a document", () => {
  assert.deepEqual(kindsOf("'The mayor served this city well,' the spokeswoman said in an email to the Gazette."), ['on-record']);
});
