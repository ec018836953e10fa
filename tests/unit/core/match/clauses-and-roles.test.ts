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

// "rather than as" and "instead of as" set one role against another, as "not as" does.
test('"as a senator rather than as a surrogate" explains a role; it denies no campaign talk', () => {
  const ids = confidentIds('Sessions said he had sat down with Kislyak as a senator rather than as a surrogate for the campaign.');
  assert.ok(!ids.includes('sessions-denied-campaign-discussions'), ids.join());
  assert.ok(ids.includes('sessions-senate-capacity-explanation'), ids.join());
});

test('"instead of as a campaign aide" affirms the meeting it qualifies', () => {
  const ids = confidentIds('The attorney general says he sat down with Kislyak as a member of the Armed Services panel instead of as a campaign aide.');
  assert.deepEqual(ids, ['sessions-kislyak-2016-meetings']);
});

test('"rather than" a topic still denies that topic', () => {
  const ids = confidentIds('Sessions said his talks with the ambassador were about military matters rather than the campaign.');
  assert.ok(ids.includes('sessions-denied-campaign-discussions'), ids.join());
});

test('a denial before a role contrast is still a denial', () => {
  const ids = confidentIds('Sessions said he never met Russian officials as a campaign surrogate rather than as a senator.');
  assert.ok(ids.includes('sessions-denied-campaign-discussions'), ids.join());
});

test('"rather than as" after a plain denial leaves the denial standing', () => {
  const ids = confidentIds('Sessions said he had never discussed the campaign with any Russian, rather than as some reports claimed.');
  assert.deepEqual(ids, ['sessions-denied-campaign-discussions']);
});
