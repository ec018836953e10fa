/** Unnamed people who spoke to an outlet named in an aside, and an outlet that prints or flags what it reports. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('an outlet named in an aside between unnamed people and their verb relays what they say', () => {
  assert.deepEqual(kindsOf('A county engineer, talking to the Gazette on condition of anonymity, said the pier was unsafe.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('Two aides made the same argument to the Herald, warning that the vote would slip.'), ['anonymous', 'relayed']);
  assert.deepEqual(kindsOf('One official went further in comments to the Courier, saying the audit was incomplete.'), ['anonymous', 'relayed']);
  // Right after the verb, an "in ..." phrase may name the outlet too.
  assert.deepEqual(kindsOf('A senior planner said in an interview with the Herald that the tender was rigged.'), ['anonymous', 'relayed']);
});

test('an aside naming no outlet, a named speaker, or an outlet inside what is said keeps today\'s reading', () => {
  // Named speakers are on the record wherever they spoke.
  assert.deepEqual(kindsOf('Harbor master Lena Ortiz, talking to the Gazette, said the pier was unsafe.'), ['on-record']);
  assert.deepEqual(kindsOf('Councillor Ana Ruiz said in an interview with the Herald that the tender was rigged.'), ['on-record']);
  // Reporters and a committee are no outlet.
  assert.deepEqual(kindsOf('A county engineer, talking to reporters, said the pier was unsafe.'), ['anonymous']);
  assert.deepEqual(kindsOf('A county engineer, testifying to the zoning board, said the pier was unsafe.'), ['anonymous']);
  // Something the outlet owns, not the outlet: answering its story is no talking to it.
  assert.deepEqual(kindsOf('A county engineer, answering the Gazette\'s story, said the pier was safe.'), ['anonymous']);
  // A wire service is not another outlet's reporting here.
  assert.deepEqual(kindsOf('A county engineer, talking to Reuters, said the pier was unsafe.'), ['anonymous']);
  // After a clause break, the outlet belongs to what is said.
  assert.deepEqual(kindsOf('Two aides said in May that the mayor had talked to the Herald.'), ['anonymous']);
});

test('an outlet that prints or flags something relays its reporting; nobody else does', () => {
  assert.deepEqual(kindsOf('The Gazette printed the council\'s full reply on its front page.'), ['relayed']);
  assert.deepEqual(kindsOf('The Herald itself flagged the weak point: the memo was undated.'), ['relayed']);
  assert.deepEqual(kindsOf('The paper prints a correction whenever a date is wrong.'), ['relayed']);
  // Not an outlet: printing ballots or flagging a problem is no sourcing.
  assert.deepEqual(kindsOf('The clerk printed the ballots on Tuesday.'), []);
  assert.deepEqual(kindsOf('The engineer flagged the cracks during a routine visit.'), []);
  assert.deepEqual(kindsOf('Red flags went up across the harbor district.'), []);
});
