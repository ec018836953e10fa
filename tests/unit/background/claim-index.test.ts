import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClaimIndex } from '../../../src/background/claim-index.js';
import { fakeEngine, pack } from './fakes.js';

describe('ClaimIndex', () => {
  it('scans texts and counts their sentences; gives the views the tooltip of a hit needs', () => {
    const source = pack('P', ['hit', 'linked', 'unrelated', 'beside']);
    source.claims[0]!.related = [{ claim: 'linked', relation: 'disputes' }];
    const index = new ClaimIndex(fakeEngine);
    index.rebuild({ packs: [source], ids: ['user:p'] });
    const { results, sentenceCounts } = index.scan(['About hit. More.'], 'confident');
    assert.deepEqual(results.map((result) => result.claims.map((hit) => hit.id)), [['hit']]);
    assert.deepEqual(sentenceCounts, [2]);
    const views = index.viewsAround(results[0]!.claims[0]!, [{ id: 'beside', score: 0.5, confidence: 'possible', reasons: [] }]);
    assert.deepEqual(Object.keys(views).sort(), ['beside', 'hit', 'linked']);
    assert.equal(views['hit']!.packId, 'user:p');
  });

  it('goes on with sourcing only when the matcher cannot be compiled, and reports it once', () => {
    const errors: unknown[] = [];
    const index = new ClaimIndex(
      {
        ...fakeEngine,
        compile: () => {
          throw new Error('too big');
        },
      },
      (error) => errors.push(error),
    );
    index.rebuild({ packs: [pack('P', ['hit'])], ids: ['user:p'] });
    assert.deepEqual(index.scan(['hit'], 'confident').results, []);
    index.scan(['hit'], 'confident');
    assert.equal(errors.length, 1);
  });
});
