/** Speaking asides before an object verb, one-word names rejecting a finding, and "quoted in the story" before a "that" clause. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cueOf, kindsOf } from './helpers.js';

test('a judgement made while speaking to someone is on the record, a bare one is not', () => {
  assert.deepEqual(kindsOf('Mayor Lindqvist, speaking to the Coastal Times in a long interview, called the new levy reckless.'), ['on-record']);
  assert.deepEqual(kindsOf('Councillor Ode, in a radio interview, called the budget a gamble.'), ['on-record']);
  // Without a speaking context, "called" only names a thing.
  assert.deepEqual(kindsOf('Councillor Ode called the budget a gamble.'), []);
});

test('a one-word name after a finding is the party that rejects it', () => {
  assert.deepEqual(kindsOf('Engineers blamed a cracked weld for the collapse, a finding Westgate rejects.'), ['denial', 'on-record']);
  assert.deepEqual(kindsOf('The panel traced the leak to the plant, a conclusion Norvale has rejected.'), ['denial', 'on-record']);
});

test('a lower-case noun after a finding is no rejecting party', () => {
  assert.deepEqual(kindsOf('The auditors repeated the claims critics rejected.'), []);
});

test('people quoted in the press relay it, whatever verb and clause follow', () => {
  assert.deepEqual(kindsOf('Officials quoted in the story acknowledged that the dam had been patched twice.'), ['anonymous', 'relayed']);
  assert.equal(cueOf('Officials quoted in the story acknowledged that the dam had been patched twice.', 'relayed'), 'quoted in the story');
});
