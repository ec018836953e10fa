import { test } from 'node:test';
import assert from 'node:assert/strict';
import { confidentIds } from './helpers.js';

const REPORTED = 'kislyak-reported-campaign-talks';
const DENIED = 'sessions-denied-campaign-discussions';

test('the affirmed claim, in several wordings', () => {
  for (const sentence of [
    'Russian envoy overheard saying he discussed campaign with Sessions',
    "Moscow's ambassador told his bosses at home that he and the attorney general had talked about the Trump campaign.",
    'Intercepts show Sessions and Kislyak discussed campaign matters in 2016.',
  ]) {
    assert.deepEqual(confidentIds(sentence), [REPORTED], sentence);
  }
});

test('a denial of the same words is the denial claim, not the claim denied', () => {
  for (const sentence of [
    'Sessions denied discussing the campaign with the Russian ambassador.',
    'Sessions has said he never talked about the campaign with Kislyak.',
    'The attorney general insisted he did not discuss the Trump campaign with any Russian official.',
  ]) {
    assert.deepEqual(confidentIds(sentence), [DENIED], sentence);
  }
});

test('a disputed denial holds both: the report, and the denial it contradicts', () => {
  const sentence = "Kislyak's account contradicts Sessions' assertion that he hadn't discussed the campaign with the ambassador.";
  assert.deepEqual(confidentIds(sentence), [REPORTED, DENIED].sort());
});

test('a claim asked for or called for is not stated', () => {
  assert.deepEqual(confidentIds('Democrats called for Sessions to recuse himself from the Russia investigation.'), []);
  assert.deepEqual(confidentIds('Sessions recused himself from the Russia investigation.'), ['sessions-recused-russia-probe']);
  assert.deepEqual(confidentIds('Did Sessions discuss the campaign with the Russian ambassador?'), []);
});

test('who denies matters: Sessions denying reports about Trump surrogates is not Trump dismissing reports', () => {
  const ids = confidentIds('Sessions denied meeting Russian officials and dismissed reports that he worked with Trump surrogates.');
  assert.ok(ids.includes(DENIED));
  assert.ok(!ids.includes('trump-dismisses-russia-reports'));
});

test('"... is false" denies what comes before it', () => {
  const ids = confidentIds('"The idea that I was part of a continuing exchange of information with Russian intermediaries is false," Sessions said.');
  assert.deepEqual(ids, [DENIED]);
});

test('a supposition ("... is another matter") states nothing', () => {
  const before = ['Sessions met Kislyak twice in 2016.'];
  assert.deepEqual(confidentIds('Talking to an envoy about trade is one thing; talking to him about the campaign is another.', undefined, before), []);
  assert.deepEqual(confidentIds('Discussing the campaign with the Russian ambassador would be a different matter.', undefined, before), []);
  assert.deepEqual(confidentIds('Sessions discussed the campaign with the Russian ambassador, intercepts show.', undefined, before), [REPORTED]);
});
