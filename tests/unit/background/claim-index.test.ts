import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it, mock } from 'node:test';
import { ClaimIndex, SAVE_WHEN_QUIET_MS } from '../../../src/background/claim-index.js';
import { fakeEngine, MemoryMatcherCache, pack, quotaError, type FakeMatcher } from './fakes.js';

describe('ClaimIndex', () => {
  it('scans texts and counts their sentences; gives the views the tooltip of a hit needs', async () => {
    const source = pack('P', ['hit', 'linked', 'unrelated', 'beside']);
    source.claims[0]!.related = [{ claim: 'linked', relation: 'disputes' }];
    const index = new ClaimIndex(fakeEngine);
    index.rebuild({ packs: [source], ids: ['user:p'], stamps: ['1'] });
    const { results, sentenceCounts } = await index.scan(['About hit. More.'], 'confident');
    assert.deepEqual(results.map((result) => result.claims.map((hit) => hit.id)), [['hit']]);
    assert.deepEqual(sentenceCounts, [2]);
    const views = index.viewsAround(results[0]!.claims[0]!, [{ id: 'beside', score: 0.5, confidence: 'possible', reasons: [] }]);
    assert.deepEqual(Object.keys(views).sort(), ['beside', 'hit', 'linked']);
    assert.equal(views['hit']!.packId, 'user:p');
  });

  it('goes on with sourcing only when the matcher cannot be compiled, and reports it once', async () => {
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
    index.rebuild({ packs: [pack('P', ['hit'])], ids: ['user:p'], stamps: ['1'] });
    assert.deepEqual((await index.scan(['hit'], 'confident')).results, []);
    await index.scan(['hit'], 'confident');
    assert.equal(errors.length, 1);
  });
});

describe('ClaimIndex with a matcher cache', () => {
  const source = pack('P', ['hit', 'other']);
  const active = (stamp: string) => ({ packs: [source], ids: ['user:p'], stamps: [stamp] });
  /** A worker's life: a fresh index over the same cache, as after the browser stopped the worker. */
  const wake = (cache: MemoryMatcherCache, stamp = '1') => {
    const index = new ClaimIndex(fakeEngine, () => undefined, cache);
    index.rebuild(active(stamp));
    return index;
  };
  const hitIds = async (index: ClaimIndex<FakeMatcher>) => (await index.scan(['About hit.'], 'confident')).results.flatMap((result) => result.claims.map((hit) => hit.id));
  beforeEach(() => mock.timers.enable({ apis: ['setTimeout'] }));
  afterEach(() => mock.timers.reset());
  /** Scans pause long enough for the index to cache what it compiled. */
  const quiet = () => mock.timers.tick(SAVE_WHEN_QUIET_MS);

  it('restores the matcher a previous wake compiled instead of compiling, until the pack set changes', async () => {
    const cache = new MemoryMatcherCache();
    const compiles = fakeEngine.compiled.length;
    assert.deepEqual(await hitIds(wake(cache)), ['hit']);
    quiet();
    assert.equal(fakeEngine.compiled.length, compiles + 1);
    assert.deepEqual(cache.calls, ['load', 'save']);

    const restored = wake(cache);
    await Promise.all([hitIds(restored), hitIds(restored)]);
    assert.deepEqual(await hitIds(restored), ['hit']);
    assert.equal(fakeEngine.compiled.length, compiles + 1, 'the restored matcher scans; nothing compiled');
    assert.deepEqual(cache.calls, ['load', 'save', 'load'], 'scans arriving together share one restore');

    assert.deepEqual(await hitIds(wake(cache, '2')), ['hit']);
    quiet();
    assert.equal(fakeEngine.compiled.length, compiles + 2, 'a changed pack is compiled');
    assert.equal(cache.stored?.key, JSON.stringify([['user:p'], ['2']]), 'and replaces the cached matcher');

    const switched = new ClaimIndex(fakeEngine, () => undefined, cache);
    switched.rebuild({ packs: [source, pack('Q', ['more'])], ids: ['user:p', 'user:q'], stamps: ['2', '1'] });
    await switched.scan(['hit'], 'confident');
    assert.equal(fakeEngine.compiled.length, compiles + 3, 'another set of enabled packs is compiled');
  });

  it('caches a fresh matcher only once scans pause, and never one whose pack set changed meanwhile', async () => {
    const cache = new MemoryMatcherCache();
    const index = wake(cache);
    await hitIds(index);
    mock.timers.tick(SAVE_WHEN_QUIET_MS - 1);
    await hitIds(index);
    mock.timers.tick(SAVE_WHEN_QUIET_MS - 1);
    assert.deepEqual(cache.calls, ['load'], 'a scan inside the quiet period puts the write off');
    mock.timers.tick(1);
    assert.deepEqual(cache.calls, ['load', 'save']);
    assert.equal(cache.stored?.key, JSON.stringify([['user:p'], ['1']]));

    const changed = wake(cache, '2');
    await hitIds(changed);
    changed.rebuild(active('3'));
    quiet();
    assert.deepEqual(cache.calls, ['load', 'save', 'load'], 'the pack set changed before the pause: nothing written');
  });

  it('scans as usual when the cache cannot be written (quota) or read', async () => {
    const cache = new MemoryMatcherCache();
    cache.failNextSave = quotaError();
    const compiles = fakeEngine.compiled.length;
    assert.deepEqual(await hitIds(wake(cache)), ['hit']);
    quiet();
    assert.equal(cache.stored, null);
    assert.deepEqual(await hitIds(wake(cache)), ['hit']);
    assert.equal(fakeEngine.compiled.length, compiles + 2, 'nothing was cached: the next wake compiles');

    cache.failLoad = true;
    assert.deepEqual(await hitIds(wake(cache)), ['hit']);
    assert.equal(fakeEngine.compiled.length, compiles + 3);
  });
});
