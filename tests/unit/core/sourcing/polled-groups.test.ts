/** People described by how they were asked ("voters polled") stay unnamed; people described otherwise may be identified. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('people described by a participle ("voters polled") speak for themselves', () => {
  assert.deepEqual(kindsOf('Several students interviewed said they planned to vote in the spring.'), ['anonymous']);
  assert.deepEqual(kindsOf('Most shoppers polled said prices had risen.'), ['anonymous']);
  // Near misses: a participle that is the clause's verb, a named speaker, a thing described.
  assert.deepEqual(kindsOf('Several officials resigned, said the mayor.'), ['on-record']);
  assert.deepEqual(kindsOf('The files reviewed said little about the payments.'), []);
  assert.deepEqual(kindsOf('Students interviewed for the job were hired.'), []);
});

test('a participle of being reached opens a sentence or follows a count, and stays unnamed', () => {
  assert.deepEqual(kindsOf('Nurses interviewed said the night shifts were understaffed.'), ['anonymous']);
  assert.deepEqual(kindsOf('Tenants surveyed said the repairs took months.'), ['anonymous']);
  assert.deepEqual(kindsOf('Several aides briefed said the plan was shelved.'), ['anonymous']);
  assert.deepEqual(kindsOf('Two officials involved said the files were never logged.'), ['anonymous']);
  assert.deepEqual(kindsOf('Most teachers polled told the union that class sizes had grown.'), ['anonymous']);
});

test('other participles describe people the story identifies: they are no unnamed group', () => {
  // Near misses: charged, named, fired, arrested people are the story's own, and keep their denial.
  assert.deepEqual(kindsOf('The officials charged said they would plead not guilty.'), ['denial', 'on-record']);
  assert.ok(!kindsOf('The three officials named said they had done nothing wrong.').includes('anonymous'));
  assert.ok(!kindsOf('Several officials fired said the audit was a pretext.').includes('anonymous'));
  assert.ok(!kindsOf('Several officials arrested said they had been paid.').includes('anonymous'));
  // Briefed and involved are participles, not prepositions: "briefed on" still marks an unnamed source.
  assert.deepEqual(kindsOf('Officials briefed on the talks said the envoy left early.'), ['anonymous']);
  assert.deepEqual(kindsOf('People involved in the talks said the envoy left early.'), ['anonymous']);
});
