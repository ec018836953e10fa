import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packSchema, type ClaimPack } from '../../../../src/core/claims/schema.js';
import { compileMatcher } from '../../../../src/core/match/index.js';
import { scanBlocks } from '../../../../src/core/scan.js';
import { bundledPacks } from './helpers.js';

const TOPICS = ['trade', 'energy prices', 'water rights', 'the campaign', 'sanctions', 'a pipeline', 'farm subsidies', 'the election'];
const VERBS = ['met', 'discussed', 'talked about', 'denied discussing'];

/** A pack of `size` claims between made-up people, sharing common words with the story. */
function syntheticPack(size: number): ClaimPack {
  const entities = [];
  const claims = [];
  for (let i = 0; i < size; i++) {
    entities.push({ id: `p${i}`, name: `Orla Quenby${i}`, kind: 'person', aliases: [`Quenby${i}`] });
    const other = `Tamsin Vrell${i}`;
    const verb = VERBS[i % VERBS.length]!;
    const topic = TOPICS[i % TOPICS.length]!;
    claims.push({
      id: `synthetic-${i}`,
      statement: `Orla Quenby${i} ${verb} ${topic} with ${other}.`,
      status: 'unverified',
      involved: [{ entity: `p${i}`, role: 'subject' }],
      match: { phrasings: [`Quenby${i} ${verb} ${topic} with Vrell${i}`, `Quenby${i} [and] Vrell${i} ${verb} ${topic}`] },
    });
  }
  return packSchema.parse({ schemaVersion: 1, name: `Synthetic ${size}`, publisher: 'tests', version: '1', updated: '2024-01-01', license: 'CC0-1.0', entities, claims });
}

const ARTICLE = [
  'Sessions discussed the campaign with the Russian ambassador, a report says',
  'Russian Ambassador Sergey Kislyak told his superiors in Moscow that he discussed campaign matters and sanctions with Sessions.',
  'Sessions has denied discussing the election with Russian officials.',
  'Trade talks and energy prices were discussed at the meeting, officials said.',
];

test('candidates come from the index: 20x more claims do not cost more wordings scored', () => {
  const costs = [100, 2000].map((size) => {
    const matcher = compileMatcher([...bundledPacks, syntheticPack(size)]);
    const before = matcher.evaluations;
    const hits = scanBlocks(ARTICLE, matcher, { confidence: 'possible' }).flatMap((s) => s.claims.map((c) => c.id));
    return { cost: matcher.evaluations - before, hits };
  });
  assert.deepEqual(costs[1]!.hits, costs[0]!.hits, 'the unrelated claims change nothing');
  assert.ok(costs[1]!.cost <= costs[0]!.cost * 1.1 + 2, `scored ${costs[0]!.cost} then ${costs[1]!.cost} wordings`);
});

test('a synthetic claim is still found when its people are named', () => {
  const matcher = compileMatcher([syntheticPack(300)]);
  // Claim 16: "Orla Quenby16 met trade with Tamsin Vrell16."
  const hits = scanBlocks(['Quenby16 met Vrell16 to talk trade, aides said.'], matcher).flatMap((s) => s.claims.map((c) => c.id));
  assert.deepEqual(hits, ['synthetic-16']);
});

test('two packs defining one claim id: the first enabled pack wins, and getClaim tells which', () => {
  const first = syntheticPack(3);
  const second = packSchema.parse({ ...syntheticPack(3), name: 'Other pack' });
  const matcher = compileMatcher([first, second], ['first', 'second']);
  assert.equal(matcher.claimCount, 3);
  assert.equal(matcher.getClaim('synthetic-1')?.packId, 'first');
  assert.equal(matcher.getClaim('no-such-claim'), undefined);
});
