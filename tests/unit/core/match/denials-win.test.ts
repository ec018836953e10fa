import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packSchema } from '../../../../src/core/claims/schema.js';
import { compileMatcher } from '../../../../src/core/match/index.js';
import { confidentIds } from './helpers.js';

const PACK = { schemaVersion: 1, publisher: 'tests', version: '1', updated: '2024-01-01', license: 'CC0-1.0' };

function tunnelPack(relation: 'disputes' | 'related') {
  return packSchema.parse({
    ...PACK,
    name: 'Tunnel',
    entities: [{ id: 'corva', name: 'Ines Corva', kind: 'person', aliases: ['Corva'] }],
    claims: [
      {
        id: 'corva-backed-tunnel',
        statement: 'A leaked memo shows Mayor Corva backed the tunnel contract.',
        status: 'disputed',
        involved: [{ entity: 'corva', role: 'subject' }],
        match: { phrasings: ['Corva backed the tunnel [contract] [,] [a] leaked memo [shows]', "Corva's leaked memo [on] [the] tunnel"] },
      },
      {
        id: 'office-disputes-memo',
        statement: 'The mayor\'s office said Corva never backed the tunnel and called the leaked memo forged.',
        status: 'confirmed',
        involved: [{ entity: 'corva', role: 'mentioned' }],
        match: {
          polarity: 'denies',
          phrasings: ['[a] spokesman said Corva never backed the tunnel', '[the] spokesman called [the] leaked memo forged'],
        },
        related: [{ claim: 'corva-backed-tunnel', relation }],
      },
    ],
  });
}

const SENTENCE = "A spokesman said Corva never backed the tunnel, calling Corva's leaked memo on the tunnel forged.";

test('a denial wins over the claim it disputes when the sentence adds nothing of that claim\'s own', () => {
  assert.deepEqual(confidentIds(SENTENCE, compileMatcher([tunnelPack('disputes')])), ['office-disputes-memo']);
  // Without the declared dispute both readings stand.
  assert.deepEqual(confidentIds(SENTENCE, compileMatcher([tunnelPack('related')])), ['corva-backed-tunnel', 'office-disputes-memo']);
});

test('the disputed claim stated outright stays found', () => {
  const stated = 'Corva backed the tunnel, a leaked memo shows, though a spokesman called the memo forged.';
  assert.deepEqual(confidentIds(stated, compileMatcher([tunnelPack('disputes')])), ['corva-backed-tunnel']);
});
