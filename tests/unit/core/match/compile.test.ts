import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packSchema, type ClaimPack } from '../../../../src/core/claims/schema.js';
import { compileMatcher } from '../../../../src/core/match/index.js';
import { confidentIds } from './helpers.js';

const PACK = { schemaVersion: 1, publisher: 'tests', version: '1', updated: '2024-01-01', license: 'CC0-1.0' };

/** Forty people who share a surname, each with a claim of their own worded with the surname alone. */
function sharedSurnamePack(): ClaimPack {
  const entities = Array.from({ length: 40 }, (_, i) => ({ id: `p${i}`, name: `Ada${i} Okafor`, kind: 'person', aliases: ['Okafor'] }));
  const claims = entities.map((entity, i) => ({
    id: `okafor-${i}`,
    statement: `${entity.name} met the harbour minister in town ${i}.`,
    status: 'unverified',
    involved: [{ entity: entity.id, role: 'subject' }],
    match: { phrasings: [`Okafor met [the] harbour minister in Town${i}`] },
  }));
  return packSchema.parse({ ...PACK, name: 'Shared surnames', entities, claims });
}

test('a name many entities share resolves, in each wording, to the claim\'s own entity', () => {
  const matcher = compileMatcher([sharedSurnamePack()]);
  assert.deepEqual(confidentIds('Okafor met the harbour minister in Town7 on Monday.', matcher), ['okafor-7']);
  assert.deepEqual(confidentIds('Okafor met the harbour minister in Town31.', matcher), ['okafor-31']);
  assert.deepEqual(confidentIds('The harbour minister stayed in Town7.', matcher), []);
});

test('a concept listing a phrase with its determiner does not claim the bare word', () => {
  const pack = packSchema.parse({
    ...PACK,
    name: 'Determiners',
    entities: [{ id: 'vrell', name: 'Tamsin Vrell', kind: 'person', aliases: ['Vrell'] }],
    lexicon: { testimony: ['testimony', 'testified', 'his statements'], statements: ['statements', 'explanations', 'remarks'] },
    claims: [
      {
        id: 'vrell-misleading',
        statement: 'An official said Vrell had made misleading statements.',
        status: 'unverified',
        involved: [{ entity: 'vrell', role: 'subject' }],
        match: { phrasings: ["official said Vrell's statements were misleading"] },
      },
    ],
  });
  const matcher = compileMatcher([pack]);
  assert.deepEqual(confidentIds("An official said Vrell's public explanations had been misleading.", matcher), ['vrell-misleading']);
  assert.deepEqual(confidentIds("An official said Vrell's remarks were misleading.", matcher), ['vrell-misleading']);
});
