/** A named person speaking only inside intercepted or reported messages is not on the record. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('a speaker inside the messages an intercept or a report holds is their content', () => {
  assert.deepEqual(kindsOf("The Post reported that spy agencies had intercepted the envoy's cables to his capital, in which he said the two men discussed trade."), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('The paper reported that agents picked up messages the consul sent home, and in them he says he met the mayor twice.'), ['intercept', 'relayed']);
  assert.deepEqual(kindsOf('In those intercepted accounts, the envoy described the talks as warm.'), ['intercept']);
  assert.deepEqual(kindsOf('In those secretly captured messages, the consul said the two of them talked about the vote.'), ['intercept']);
});

test('a named speaker answering a report, or speaking in his own papers, stays on the record', () => {
  assert.deepEqual(kindsOf('After the Post revealed the meetings, the senator said he had met the envoy as a member of a committee.'), ['on-record', 'relayed']);
  assert.deepEqual(kindsOf('The Post reported the talks; in an interview, the senator said he had met the envoy only once.'), ['on-record', 'relayed']);
  assert.deepEqual(kindsOf('In his letter to the panel, the senator said he had met the envoy twice.'), ['on-record']);
  assert.deepEqual(kindsOf('In a statement after the report, the senator said he had met the envoy twice.'), ['on-record']);
});

test('an "in" phrase pointing back with no intercept or report before it changes nothing', () => {
  assert.deepEqual(kindsOf('The mayor kept a diary, in which she said the council had misled her.'), ['on-record']);
});
