/** Dispute words said of a given claim, reasons that still deny, omissions that came up or not, and unnamed "understood"/"told" sources. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('calling a given claim false, or saying it holds false statements, disputes it', () => {
  assert.deepEqual(kindsOf('"That\'s a misleading account," the coach said.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The coach said it was a false story from start to finish.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"It is an inaccurate report," the mayor\'s office said.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The mayor\'s office said a column was inaccurate.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The mayor said the leaflet contained false figures.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Okafor said the governor gave misleading answers to the inquiry.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The coach said the column was full of inaccurate quotes.'), ['denial', 'on-record']);
});

test('a dispute word naming a kind of statement, supposed or defined, disputes nothing', () => {
  assert.deepEqual(kindsOf('The judge said it is a crime to give false or misleading answers to investigators.'), ['on-record']);
  assert.deepEqual(kindsOf('The judge said a witness who knowingly gives a false answer can be jailed.'), ['on-record']);
  assert.deepEqual(kindsOf('The judge noted that any inaccurate filing can be struck out.'), ['on-record']);
  assert.deepEqual(kindsOf('The judge said the case turns on whether a statement was false.'), ['on-record']);
  assert.deepEqual(kindsOf('The clerk said that if a form is inaccurate, it is sent back.'), ['on-record']);
  assert.deepEqual(kindsOf('Perjury is a knowingly false statement made under oath, the judge said.'), ['on-record']);
  assert.deepEqual(kindsOf('The clerk said careless is not the same as false.'), ['on-record']);
});

test('a reason that is the point ("Because ...", "that\'s because ...") still denies; "since" mostly tells the time', () => {
  assert.deepEqual(kindsOf('"Because we never signed the deal," the mayor said.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('"That\'s because the vote never took place," the mayor said.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('It was simply because the talks never happened, the envoy said.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Since the spring she has not spoken to the developer, Okafor said.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Okafor said that since 2019 she had not met the developer.'), ['denial', 'on-record']);
  // A reason for what the speaker did, given after it, explains.
  assert.deepEqual(kindsOf('The treasurer said she had not disclosed the loan because the form did not ask for it.'), ['on-record']);
  assert.deepEqual(kindsOf('The mayor said he skipped the dinner because he did not know the host.'), ['on-record']);
});

test('"never mentioned it to" someone denies it came up; leaving it out of the record is owned up to', () => {
  assert.deepEqual(kindsOf('The envoy said he never mentioned the sanctions to the minister.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The envoy said he never mentioned the sanctions.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The envoy said the sanctions were never mentioned.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The envoy said he never mentioned the sanctions in his answers to the panel.'), ['on-record']);
  assert.deepEqual(kindsOf('The envoy acknowledged he never mentioned the sanctions.'), ['on-record']);
  assert.deepEqual(kindsOf('The envoy said he did not mention the sanctions to the committee.'), ['on-record']);
  assert.deepEqual(kindsOf('The envoy said he had not mentioned the sanctions to Congress.'), ['on-record']);
});

test('"is understood to" cites unnamed people only where it tells what someone did or wants, not what a term means', () => {
  assert.deepEqual(kindsOf('The phrase is understood to cover all cash payments.'), []);
  assert.deepEqual(kindsOf('The clause is understood to refer only to new leases.'), []);
  assert.deepEqual(kindsOf('The levy is understood to apply only to new leases.'), []);
  assert.deepEqual(kindsOf('The minister is understood to favour an early vote.'), ['anonymous']);
  assert.deepEqual(kindsOf('The talks are understood to have stalled over fees.'), ['anonymous']);
  assert.deepEqual(kindsOf('The envoy is understood to be weighing a second visit.'), ['anonymous']);
});

test('"we\'re told" rests on unnamed people, as "I\'m told" does; being told to do something does not', () => {
  assert.deepEqual(kindsOf('We are told the vote will slip to June.'), ['anonymous']);
  assert.deepEqual(kindsOf('The fund, we\'re told, lost money in the spring.'), ['anonymous']);
  assert.deepEqual(kindsOf('We were told to wait outside.'), []);
});
