/** Words said inside a private dispatch (intercepted, or pointed back to) are not on the record. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { kindsOf } from './helpers.js';

test('what a speaker says inside his private dispatches is not on the record', () => {
  assert.deepEqual(kindsOf('In those cables, the attaché wrote that the minister had promised him a contract.'), []);
  assert.deepEqual(kindsOf('In those dispatches back to his superiors, the envoy describes a friendly dinner with the governor.'), []);
  assert.deepEqual(kindsOf("Spy agencies recorded the envoy's calls home, in which he boasted that the mayor owed him a favour."), ['intercept']);
  // Near misses: testimony, a letter, remarks and an interview are said on the record.
  assert.deepEqual(kindsOf('The governor stood by her testimony, in which she said she never met the consul.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('In a letter to the council, the mayor wrote that the contract was lawful.'), ['document', 'on-record']);
  assert.deepEqual(kindsOf('In those remarks, the mayor said the contract was lawful.'), ['on-record']);
  assert.deepEqual(kindsOf('Her lawyers dismissed the intercept, and the mayor gave an interview, in which she said she never met the consul.'), ['denial', 'on-record']);
});
