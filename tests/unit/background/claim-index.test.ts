import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ClaimIndex } from '../../../src/background/claim-index.js';
import { fakeEngine, pack } from './fakes.js';

describe('ClaimIndex', () => {
  it('returns the views of hit claims and of the claims they are related to', () => {
    const source = pack('P', ['hit', 'linked', 'unrelated']);
    source.claims[0]!.related = [{ claim: 'linked', relation: 'disputes' }];
    const index = new ClaimIndex(fakeEngine);
    index.rebuild({ packs: [source], ids: ['user:p'] });
    const reply = index.scan({ generation: 1, blocks: [{ key: 0, text: 'About hit. More.' }] }, 'confident');
    assert.deepEqual(Object.keys(reply.claims).sort(), ['hit', 'linked']);
    assert.equal(reply.claims['hit']!.packId, 'user:p');
    assert.deepEqual(reply.sentenceCounts, [2]);
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
    assert.deepEqual(index.scan({ generation: 1, blocks: [{ key: 0, text: 'hit' }] }, 'confident').sentences, []);
    index.scan({ generation: 2, blocks: [{ key: 0, text: 'hit' }] }, 'confident');
    assert.equal(errors.length, 1);
  });
});
