import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

test('each clause of a joined sentence has its own speaker', () => {
  const ids = confidentIds('The attorney general has insisted he never discussed the election with the envoy, and Trump has brushed off the Russia investigation as a hoax.');
  assert.deepEqual(ids, ['sessions-denied-campaign-discussions', 'trump-dismisses-russia-reports']);
});

test('a clause speaker does not take over a denial from the first clause', () => {
  const ids = confidentIds('A department spokeswoman said Sessions never discussed the campaign with Russians, and Trump repeated his attacks on the press.');
  assert.ok(!ids.includes('sessions-denied-campaign-discussions'), ids.join());
});

test('"the ambassador" is a Russian party to talks Sessions denies', () => {
  const ids = confidentIds('Sessions has maintained that he never talked about the campaign with the ambassador.');
  assert.deepEqual(ids, ['sessions-denied-campaign-discussions']);
});

test('"as a senator, not as an adviser" explains a role; it denies no meeting', () => {
  const ids = confidentIds('Sessions has said he met Kislyak in his role as a senator, not as an adviser to the Trump campaign.');
  assert.deepEqual(ids, ['sessions-senate-capacity-explanation']);
});

test('not understanding a question to cover contacts denies no contact', () => {
  const ids = confidentIds('When his meeting with the envoy became known, Sessions said he had spoken with Kislyak as a senator and had not understood the question to cover such contacts.');
  assert.deepEqual(ids, ['sessions-senate-capacity-explanation']);
});

test('a spokeswoman saying he "stood by" his testimony is the department disputing', () => {
  const ids = confidentIds('Mr Sessions, she added, stood by his testimony to the Senate intelligence committee, when he said he never met any Russian official to discuss interference in an election.', undefined, [
    'Sarah Isgur Flores, speaking for the department, called the intercept uncorroborated.',
  ]);
  assert.ok(ids.includes('doj-disputes-intercept-report'), ids.join());
});
