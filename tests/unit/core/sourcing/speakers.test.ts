/** Who speaks: verbs in every position, and named speakers told apart from unnamed ones. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

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
