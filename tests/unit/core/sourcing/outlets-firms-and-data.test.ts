/** "The paper" reporting, an outlet that broke a story, sources cited in "that" report, analysts at a named firm, data tools and ordered nouns. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

test('"the paper" reporting is a newspaper, even with an adverb between', () => {
  assert.deepEqual(kindsOf('The paper also reports that the ferry contract was never tendered.'), ['relayed']);
  // A paper that shows or says may be a study.
  assert.deepEqual(kindsOf('The paper also shows that short walks lower blood sugar.'), ['document']);
});

test('a source cited in "that" report is the report\'s', () => {
  assert.equal(cueOf('According to one former aide cited in that report, the plan had stalled.', 'relayed'), 'cited in that report');
  assert.deepEqual(kindsOf('According to one former aide quoted in that story, the plan had stalled.'), ['anonymous', 'relayed']);
  // "in that" as a conjunction opens no phrase.
  assert.deepEqual(kindsOf('The rule is unusual in that it applies to everyone, the mayor said.'), ['on-record']);
});

test('analysts at a named firm publish under its name', () => {
  assert.deepEqual(kindsOf('Freight stocks could slide, analysts at Harwood Securities said.'), ['on-record']);
  assert.deepEqual(kindsOf('Freight stocks could slide, analysts said.'), ['anonymous']);
  assert.deepEqual(kindsOf('Republican strategists said the bill would fail.'), ['anonymous']);
  assert.deepEqual(kindsOf('An economist at Acme Bank said freight stocks could slide.'), ['anonymous']);
});

test('a data tool is a document', () => {
  assert.deepEqual(kindsOf('Rates will hold, according to the exchange\'s RateWatch tool.'), ['document']);
});

test('an ordering adjective after a determiner makes a verb form a noun', () => {
  assert.deepEqual(kindsOf("The bureau's first estimate of farm output arrives Thursday."), []);
  assert.deepEqual(kindsOf('The mayor first said she would stay.'), ['on-record']);
  assert.deepEqual(kindsOf('Still, one official said the treasurer had misled the council.'), ['anonymous']);
});

test('an outlet basing its account on a source relies on it', () => {
  assert.deepEqual(kindsOf('The newspaper based its story on intercepted calls described by two officials.'), ['anonymous', 'intercept', 'relayed']);
});

test('"came from" cites a source only after what a source supplies', () => {
  assert.deepEqual(kindsOf('The newspaper said its information came from two former aides.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('Most of the tips came from neighbours, police said.'), ['anonymous', 'on-record']);
  assert.deepEqual(kindsOf('The money came from donors.'), []);
  // What an outlet reports about someone else's money is its content, not its sources.
  assert.deepEqual(kindsOf('The Gazette reported that the money came from donors.'), ['relayed']);
});

test('people who spoke with an outlet are its sources', () => {
  assert.equal(cueOf('Two officials who spoke with the Gazette said the plan stalled.', 'relayed'), 'spoke with the Gazette');
  assert.deepEqual(kindsOf('The mayor spoke with reporters on Friday.'), []);
});

test('an outlet that broke a story or dropped a bombshell reports it', () => {
  assert.deepEqual(kindsOf('The Riverton Gazette broke the story on Tuesday night.'), ['relayed']);
  assert.deepEqual(kindsOf('Late Sunday the Herald dropped a bombshell: the mayor had sold the land.'), ['relayed']);
  assert.deepEqual(kindsOf('The Times broke it two days earlier, and every paper followed.'), ['relayed']);
  // Near misses: a person breaking a story to friends, a bombshell dropped by someone no outlet,
  // an outlet breaking something else.
  assert.ok(!kindsOf('The coach broke the story to his players after practice.').includes('relayed'));
  assert.ok(!kindsOf('The witness dropped a bombshell during the trial.').includes('relayed'));
  assert.deepEqual(kindsOf('The Gazette broke ranks with the other papers over the endorsement.'), []);
});

test('an outlet that "broke it" reports only where the phrase ends, not in a particle verb', () => {
  assert.deepEqual(kindsOf('The Herald broke it on Sunday.'), ['relayed']);
  assert.deepEqual(kindsOf('The Gazette broke it, and the networks followed within the hour.'), ['relayed']);
  // Near misses: breaking it down, off, into parts or to someone.
  assert.deepEqual(kindsOf('The Gazette broke it down by district.'), []);
  assert.deepEqual(kindsOf('The Herald broke it off with its printer in June.'), []);
  assert.deepEqual(kindsOf('Reuters broke it into four short chapters.'), []);
  assert.deepEqual(kindsOf('The Times broke it up into weekly installments.'), []);
});
