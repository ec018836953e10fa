/** Who speaks: verbs in every position, and named speakers told apart from unnamed ones. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf, tag } from './helpers.js';

test('speech verbs before, after and around the speaker', () => {
  assert.deepEqual(kindsOf('Mayor Ana Ruiz said the budget would be balanced by June.'), ['on-record']);
  assert.deepEqual(kindsOf('"The budget will be balanced by June," said Mayor Ana Ruiz.'), ['on-record']);
  assert.deepEqual(kindsOf('"The budget will be balanced by June," Ruiz said in a statement.'), ['on-record']);
  assert.deepEqual(kindsOf('The budget will be balanced by June, according to Mayor Ana Ruiz.'), ['on-record']);
  assert.deepEqual(kindsOf('Ruiz told the Harbor Times that the budget would be balanced by June.'), ['on-record']);
  assert.deepEqual(kindsOf('In an interview with a local radio station, Ruiz said the budget would be balanced.'), ['on-record']);
  assert.deepEqual(kindsOf('Ruiz wrote on her blog that the budget would be balanced by June.'), ['on-record']);
  assert.deepEqual(kindsOf('Ruiz tweeted that the budget would be balanced by June.'), ['on-record']);
  assert.deepEqual(kindsOf('The finance director confirmed that the budget would be balanced.'), ['on-record']);
  assert.deepEqual(kindsOf('Ruiz testified that the budget had been balanced for two years.'), ['on-record']);
});

test('the cue shows the speaker with the verb', () => {
  assert.equal(cueOf('Mayor Ana Ruiz said the budget would be balanced by June.', 'on-record'), 'Mayor Ana Ruiz said');
  assert.equal(cueOf('"It will be balanced," said Mayor Ana Ruiz.', 'on-record'), 'said Mayor Ana Ruiz');
  assert.equal(cueOf('Two people briefed on the talks said a deal was near.', 'anonymous'), 'Two people briefed on the talks said');
});

test('named people, titles and named organisations speak on the record', () => {
  assert.deepEqual(kindsOf('Transport Minister Lena Vogt said the line would reopen in May.'), ['on-record']);
  assert.deepEqual(kindsOf('The Ministry of Transport said the line would reopen in May.'), ['on-record']);
  assert.deepEqual(kindsOf('Vogt, who took office last year, said the line would reopen in May.'), ['on-record']);
  assert.deepEqual(kindsOf('A ministry spokesperson said the line would reopen in May.'), ['on-record']);
  assert.deepEqual(kindsOf('Police said the road would remain closed overnight.'), ['on-record']);
});

test('unnamed people are anonymous sources', () => {
  assert.deepEqual(kindsOf('Officials said the line would reopen in May.'), ['anonymous']);
  assert.deepEqual(kindsOf('The line will reopen in May, a person familiar with the plans said.'), ['anonymous']);
  assert.deepEqual(kindsOf('The line will reopen in May, according to sources close to the ministry.'), ['anonymous']);
  assert.deepEqual(kindsOf('People briefed on the plans said the line would reopen in May.'), ['anonymous']);
  assert.deepEqual(kindsOf('An aide, who spoke on condition of anonymity, said the line would reopen in May.'), ['anonymous']);
  assert.deepEqual(kindsOf('A source said the line would reopen in May.'), ['anonymous']);
  assert.deepEqual(kindsOf('Two senior engineers at the ministry said the line would reopen in May.'), ['anonymous']);
});

test('a private exchange reported second hand is not a statement on the record', () => {
  assert.deepEqual(kindsOf('The envoy told his colleagues that the talks had gone well.'), []);
  assert.deepEqual(kindsOf('The envoy reportedly said the talks had gone well.'), ['relayed']);
});

test('words that only look like speech verbs are not attributions', () => {
  assert.deepEqual(kindsOf('The grant comes from the United States and a state fund.'), []);
  assert.deepEqual(kindsOf('Shares rose after the company did not respond to questions.'), []);
  assert.deepEqual(kindsOf('What did the study find?'), []);
  assert.deepEqual(kindsOf('The senator testifies before the committee on Tuesday.'), []);
});

test('a dated opener with a day or a year before its comma leaves the subject of a joined speech verb', () => {
  assert.deepEqual(kindsOf('In March 2021, Brandt walked onto the stage and said the bridge was safe.'), ['on-record']);
  assert.deepEqual(kindsOf('On May 4, the mayor left the meeting and said she had not signed the deal.'), ['denial', 'on-record']);
  // Near misses: nobody named speaks, or the opener's comma closes no date.
  assert.deepEqual(kindsOf('In March 2021, the storm hit the coast and the ferries stopped.'), []);
  assert.deepEqual(kindsOf('In March 2021, residents, speaking anonymously, said the bridge was unsafe.'), ['anonymous']);
});

test('after a time opener ("The next day, May 9,", "Last week,") a pronoun is the subject of a joined speech verb', () => {
  const [, dated] = tag('Councillor Brandt lost the vote. The next day, May 9, she stood at the podium and announced she would appeal.');
  assert.deepEqual(dated!.kinds, ['on-record']);
  const [, week] = tag('Councillor Brandt lost the vote. Last week, she met reporters and said the count was wrong.');
  assert.deepEqual(week!.kinds, ['on-record']);
  // Near misses: a subject set off by commas is no time opener; nor is "the" before a plain noun.
  assert.deepEqual(kindsOf('The plumber, speaking anonymously, said the pipes burst.'), ['anonymous']);
  assert.deepEqual(kindsOf('The same week, the storm hit the coast and the ferries stopped.'), []);
});

test('a word after a month that is no number ends no dated opener', () => {
  assert.deepEqual(kindsOf('In March alone, the storm hit the coast and the ferries stopped.'), []);
  assert.deepEqual(kindsOf('In May 2020, Brandt stood up and said the count was wrong.'), ['on-record']);
});
