/**
 * An outlet's report credited to or resting on its sources ("credited its story to two aides",
 * "(the paper said) its account rested on officials"): relayed, plus the kind of source named;
 * and a report, story or allegation called worthless ("called the report sloppy") is denied.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('an outlet that credits its report to unnamed people relays them', () => {
  assert.deepEqual(kindsOf('The magazine credited its story to two people close to the coach.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The daily credits its report to several former ministry staff.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The weekly credited three city hall employees for the information.'), ['anonymous', 'relayed']);
});

test('the sources an outlet says its own report rests on are cited, inside its statement', () => {
  assert.deepEqual(kindsOf('The Gazette said its account rested on two unnamed council aides.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('The paper said its story relied on former employees of the firm.'), ['anonymous', 'relayed']);
});

test('crediting a success, a person with a quality or a thing to a cause names no source', () => {
  assert.deepEqual(kindsOf('The coach credited the win to his defence.'), []);
  assert.deepEqual(kindsOf('The manager credited her staff with a remarkable season.'), []);
  assert.deepEqual(kindsOf('The mayor credited the volunteers for the clean streets.'), []);
  assert.deepEqual(kindsOf('She credited her recovery to the nurses.'), []);
});

test('what a speaker says an outlet reported is not the outlet citing its own sources', () => {
  assert.deepEqual(kindsOf('The mayor said the account rested on two council aides.'), ['on-record']);
});

test('calling a report, story or allegation worthless denies it', () => {
  assert.deepEqual(kindsOf('The mayor called the report sloppy and one-sided.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('Coach Ruiz branded the transfer story a fantasy.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The minister has called the allegations of bribery at the port authority a hatchet job.'), ['denial', 'on-record']);
});

test('calling an act worthless, a report something else, or a thing only pointed at denies nothing', () => {
  assert.deepEqual(kindsOf('The mayor called the resignation reckless.'), []);
  assert.deepEqual(kindsOf('The senator called the report "deeply troubling."'), ['on-record']);
  assert.deepEqual(kindsOf('The mayor called it reckless.'), []);
  assert.deepEqual(kindsOf('The mayor called the sloppy report a summary of old news.'), []);
});
