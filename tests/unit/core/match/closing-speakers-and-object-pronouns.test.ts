import { test } from 'node:test';
import assert from 'node:assert/strict';
import { restoreMatcher, serializeMatcher } from '../../../../src/core/match/index.js';
import { bundled, confidentIds } from './helpers.js';

const MEETINGS = 'sessions-kislyak-2016-meetings';
const DENIED = 'sessions-denied-campaign-discussions';
const DOJ = 'doj-disputes-intercept-report';

test('a speaker closing the sentence after its verb wins over a name set off by commas before that verb', () => {
  // Before, the envoy between commas right before "said"/"insisted" was taken as the speaker.
  assert.deepEqual(confidentIds('Sessions never talked about election interference with the envoy, Kislyak, said Flores.'), [DOJ]);
  assert.deepEqual(confidentIds('The campaign was never discussed with the Russian envoy, Kislyak, insisted Sessions.'), [DENIED]);
  // With nobody named after the verb, the name between commas is still the verb's subject.
  assert.deepEqual(confidentIds('A spokeswoman, Flores, said Sessions never talked about election interference with any Russian.'), [DOJ]);
});

test('an object "him" is a person of its own, while "his" is the same man as "he"', () => {
  const before = ['Jeff Sessions and the Russian ambassador Sergey Kislyak were named in the report.'];
  // Before, "he" and "him" counted as one man, so the two meetings between them went unfound.
  assert.deepEqual(confidentIds('He met him twice in 2016.', undefined, before), [MEETINGS]);
  // A possessive of the subject's gender is still the subject himself.
  assert.deepEqual(confidentIds('Aides said he is known for relaying his talks faithfully.', undefined, before), []);
});

test('a stored matcher keeps the genders its pronouns imply', () => {
  const restored = restoreMatcher(structuredClone(serializeMatcher(bundled)));
  assert.ok(restored);
  const before = ['Jeff Sessions sat down with Sergey Kislyak twice in 2016.'];
  // "her" is no man the database knows, stored or not.
  assert.deepEqual(confidentIds('In her weekly briefing, the press officer said Russian diplomats meet people all the time.', restored, before), []);
  assert.deepEqual(confidentIds('In his statement, he said he met the Russian diplomat.', restored, before), [MEETINGS]);
});
