import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { ClaimPack } from '../../../src/core/claims/schema.js';
import { Notices } from '../../../src/background/notices.js';
import { packIdFor } from '../../../src/background/pack-info.js';
import { PackLibrary } from '../../../src/background/pack-library.js';
import { MemoryArea, MemoryPackStore, pack, quotaError, useCatalogue } from './fakes.js';

before(useCatalogue);

const BUNDLED = pack('Bundled story', ['bundled-one', 'bundled-two']);
const json = (value: unknown) => JSON.stringify(value);

async function setup(prepare?: (store: MemoryPackStore) => void, bundled: ClaimPack[] = [BUNDLED]) {
  const store = new MemoryPackStore();
  prepare?.(store);
  const notices = new Notices(new MemoryArea());
  const library = new PackLibrary({ bundled: async () => bundled, store, notices, now: () => new Date('2024-05-01T00:00:00Z') });
  await library.load();
  return { store, notices, library };
}

describe('PackLibrary', () => {
  it('lists the bundled pack, enabled and not removable', async () => {
    const { library } = await setup();
    const [info] = library.list();
    assert.equal(info!.bundled, true);
    assert.equal(info!.enabled, true);
    assert.equal(info!.claimCount, 2);
    await assert.rejects(library.remove(info!.id), /cannot be removed/);
  });

  it('imports a valid pack in one store write and makes it active', async () => {
    const { library, store } = await setup();
    const result = await library.import('mine.json', json(pack('Mine', ['mine-1'])));
    assert.ok(result.ok);
    assert.equal(result.pack.claimCount, 1);
    assert.deepEqual(store.calls, ['load', `save ${result.pack.id}`]);
    assert.deepEqual(library.active().ids, [packIdFor(BUNDLED, true), result.pack.id]);
  });

  it('rejects an invalid file whole without touching the store', async () => {
    const { library, store } = await setup();
    const before = library.list();
    const result = await library.import('bad.json', json({ ...pack('Bad', ['ok']), license: undefined, claims: [{ id: 'x y', statement: '', status: 'maybe' }] }));
    assert.equal(result.ok, false);
    assert.ok(!result.ok && result.problems.some((p) => p.path === 'license'));
    assert.ok(!result.ok && result.problems.some((p) => p.path === 'claims[0].status'));
    assert.deepEqual(store.calls, ['load']);
    assert.deepEqual(library.list(), before);
  });

  it('rejects truncated JSON, HTML and binary-looking text with a reason', async () => {
    const { library } = await setup();
    for (const text of [json(pack('T', ['t'])).slice(0, 40), '<html><script>alert(1)</script></html>', '\u0000\u0001binary', '[]', '42']) {
      const result = await library.import('x.json', text);
      assert.equal(result.ok, false, text);
      assert.ok(!result.ok && result.problems.length > 0 && result.problems.every((p) => p.message.length > 0));
    }
  });

  it('rejects claim ids already used by another installed pack, naming the path', async () => {
    const { library, store } = await setup();
    const result = await library.import('dup.json', json(pack('Dup', ['fresh', 'bundled-two'])));
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map((p) => p.path), ['claims[1].id']);
    assert.match(result.problems[0]!.message, /Bundled story/);
    assert.deepEqual(store.calls, ['load']);
  });

  it('re-importing the same pack (name and publisher) replaces it and says which version it replaced', async () => {
    const { library } = await setup();
    await library.import('v1.json', json(pack('Mine', ['mine-1'])));
    const result = await library.import('v2.json', json(pack('Mine', ['mine-1', 'mine-2'], { version: '2.0.0' })));
    assert.ok(result.ok);
    assert.equal(result.replaced, '1.0.0');
    assert.equal(library.list().length, 2);
    assert.equal(library.list()[1]!.claimCount, 2);
  });

  it('leaves everything as it was when storage is full during an import', async () => {
    const { library, store } = await setup();
    const before = library.list();
    store.failNext = quotaError();
    const result = await library.import('big.json', json(pack('Big', ['big-1'])));
    assert.ok(!result.ok);
    assert.match(result.problems[0]!.message, /Not enough storage space/);
    assert.deepEqual(library.list(), before);
    assert.equal(store.packs.size, 0);
  });

  it('imports schema.org ClaimReview, detected by content', async () => {
    const { library } = await setup();
    const review = {
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/reviews/bridge',
      claimReviewed: 'The new bridge cost twice its budget.',
      author: { '@type': 'Organization', name: 'Example Fact Check' },
      datePublished: '2024-02-03',
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
    };
    const result = await library.import('review.jsonld', json(review));
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.pack.claimCount, 1);
  });

  it('switches packs on and off, the bundled one included, and persists the switch', async () => {
    const { library, store } = await setup();
    const id = library.list()[0]!.id;
    await library.setEnabled(id, false);
    assert.deepEqual(library.active().ids, []);
    assert.equal(store.enabled.get(id), false);
    store.failNext = quotaError();
    await assert.rejects(library.setEnabled(id, true), /storage for Sourcelight is full/);
    assert.equal(library.list()[0]!.enabled, false, 'unchanged after a failed write');
  });

  it('keeps a damaged stored pack, switched off and reported, and never deletes it', async () => {
    const good = pack('Good', ['good-1']);
    const { library, store, notices } = await setup((s) => {
      s.packs.set('user:good-1', { id: 'user:good-1', pack: good, fileName: 'g.json', importedAt: '' });
      s.packs.set('user:broken-2', { id: 'user:broken-2', pack: { name: 'Broken one', claims: 'not a list' }, fileName: 'b.json', importedAt: '' });
      s.packs.set('user:garbage-3', 'garbage');
    });
    const list = library.list();
    const broken = list.find((p) => p.id === 'user:broken-2')!;
    assert.equal(broken.name, 'Broken one');
    assert.equal(broken.enabled, false);
    assert.ok(broken.problem);
    assert.ok(list.find((p) => p.id === 'user:garbage-3')!.problem);
    assert.deepEqual(library.active().ids, [packIdFor(BUNDLED, true), 'user:good-1']);
    assert.equal(store.packs.size, 3, 'nothing deleted');
    assert.equal((await notices.list()).length, 2);
    await assert.rejects(library.setEnabled('user:broken-2', true), /damaged/);
  });

  it('still starts, with the bundled pack, when the pack database cannot be opened', async () => {
    const { library, notices } = await setup((s) => {
      s.failLoad = true;
    });
    assert.deepEqual(library.active().ids, [packIdFor(BUNDLED, true)]);
    assert.match((await notices.list())[0]!.message, /still stored/);
  });
  it('stamps each active pack by its content, so a cached matcher of other contents is not used', async () => {
    const { library, store } = await setup();
    const first = pack('Mine', ['mine-1']);
    await library.import('mine.json', json(first));
    const before = library.active().stamps;
    const reloaded = new PackLibrary({ bundled: async () => [BUNDLED], store, notices: new Notices(new MemoryArea()), now: () => new Date(0) });
    await reloaded.load();
    assert.deepEqual(reloaded.active().stamps, before, 'the same contents after a restart');
    // Same name, version, date and claim count, other wording: only the content tells them apart.
    first.claims[0]!.statement = 'Another statement.';
    await library.import('mine.json', json(first));
    const after = library.active().stamps;
    assert.equal(after[0], before[0], 'the bundled pack did not change');
    assert.notEqual(after[1], before[1]);
  });
});
