import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packSchema, type ClaimPack } from '../../../../src/core/claims/schema.js';
import { compileMatcher } from '../../../../src/core/match/index.js';
import { bundledPacks, confidentIds, hitsOf } from './helpers.js';

/** A pack as imported from ClaimReview: statements only, no entities, no match blocks. */
const imported: ClaimPack = packSchema.parse({
  schemaVersion: 1,
  name: 'Imported fact-checks',
  publisher: 'A fact-checker',
  version: '1',
  updated: '2024-01-01',
  license: 'CC0-1.0',
  claims: [
    { id: 'fc-met-twice', statement: 'Jeff Sessions met twice with the Russian ambassador during the 2016 campaign.', status: 'confirmed' },
    { id: 'fc-vaccine', statement: 'The new vaccine causes infertility in women.', status: 'false' },
    { id: 'fc-wall', statement: 'Mexico paid for the border wall.', status: 'false' },
  ],
});

test('a statement-only claim is found in text that words it differently', () => {
  const alone = compileMatcher([imported]);
  assert.deepEqual(confidentIds('Women who get the new shot will become infertile, the post claimed.', alone), ['fc-vaccine']);
  assert.deepEqual(confidentIds('Mexico did pay for the wall, the president insisted.', alone), ['fc-wall']);
});

test("with the bundled pack, its aliases resolve the statement's people (the attorney general, Russia's envoy)", () => {
  const matcher = compileMatcher([...bundledPacks, imported]);
  const ids = confidentIds("The attorney general had two encounters with Russia's envoy while the presidential race was under way.", matcher);
  assert.ok(ids.includes('fc-met-twice'), ids.join());
  const [hit] = hitsOf(matcher, ["The attorney general had two encounters with Russia's envoy while the presidential race was under way."]).filter((h) => h.id === 'fc-met-twice');
  assert.ok(hit!.reasons.some((reason) => reason.includes('matched against the claim statement')));
});

test('a statement-only claim is not found where it is negated or merely shares a word', () => {
  const alone = compileMatcher([imported]);
  assert.deepEqual(confidentIds('Fact check: no, Mexico has not paid for the wall.', alone), []);
  assert.deepEqual(confidentIds('The clinic offers the new vaccine to everyone.', alone), []);
  assert.deepEqual(confidentIds('Women in the region earn less than men.', alone), []);
});
