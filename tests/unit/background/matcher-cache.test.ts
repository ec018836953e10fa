/**
 * The compiled matcher kept in IndexedDB (src/background/matcher-cache.ts), on fake-indexeddb's
 * in-memory implementation of the same API: a saved matcher comes back and matches as the one
 * compiled, only for the key (pack set and format) it was saved under, and anything else stored
 * there (another format, damaged data, an unreadable database) reads as no cache at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { IndexedDbMatcherCache } from '../../../src/background/matcher-cache.js';
import { promised } from '../../../src/background/idb.js';
import { loadBundledPacks } from '../../../src/cli/bundled-packs.js';
import { compileMatcher, MATCHER_FORMAT } from '../../../src/core/match/index.js';
import { scanBlocks } from '../../../src/core/scan.js';
import { ROOT } from '../cli/helpers.js';

const packs = loadBundledPacks(join(ROOT, 'extension/claims'));
const compiled = compileMatcher(packs);
const page = [
  'Sessions met Kislyak twice in 2016, the Justice Department confirmed on Wednesday.',
  'The ambassador told Moscow he had discussed the campaign with Sessions, according to officials who have seen the intercepts.',
];
const found = (matcher: typeof compiled) => JSON.stringify(scanBlocks(page, matcher));

/** Writes a raw record where the cache keeps its one matcher (as another version might have). */
async function storeRaw(factory: IDBFactory, record: unknown): Promise<void> {
  const request = factory.open('sourcelight-matcher-cache', 1);
  request.onupgradeneeded = () => request.result.createObjectStore('matcher');
  const db = await promised(request);
  await promised(db.transaction('matcher', 'readwrite').objectStore('matcher').put(record, 'current'));
  db.close();
}

test('a saved matcher is restored under its key and matches as the compiled one', async () => {
  const factory = new IDBFactory();
  const cache = new IndexedDbMatcherCache(factory);
  assert.equal(await cache.load('packs-a'), null, 'nothing stored yet');
  await cache.save('packs-a', compiled);
  const restored = await cache.load('packs-a');
  assert.ok(restored);
  assert.notEqual(restored, compiled);
  assert.ok(found(compiled).includes('sessions-kislyak-2016-meetings'));
  assert.equal(found(restored), found(compiled));
  // A new cache object on the same database (a woken service worker) reads it too.
  assert.ok(await new IndexedDbMatcherCache(factory).load('packs-a'));
});

test('another pack set, or a matcher saved over it, is no match for the key', async () => {
  const cache = new IndexedDbMatcherCache(new IDBFactory());
  await cache.save('packs-a', compiled);
  assert.equal(await cache.load('packs-b'), null);
  await cache.save('packs-b', compiled);
  assert.equal(await cache.load('packs-a'), null, 'one record: the newer save replaced it');
  assert.ok(await cache.load('packs-b'));
});

test("another build's format and damaged data read as no cache", async () => {
  const factory = new IDBFactory();
  const cache = new IndexedDbMatcherCache(factory);
  await cache.save('packs-a', compiled);
  const stored = await storedRecord(factory);
  await storeRaw(factory, { ...stored, key: `${MATCHER_FORMAT - 1}|packs-a` });
  assert.equal(await new IndexedDbMatcherCache(factory).load('packs-a'), null, 'an older format');
  const olderData = { ...(stored.matcher as object), format: MATCHER_FORMAT - 1 };
  await storeRaw(factory, { key: stored.key, matcher: olderData });
  assert.equal(await new IndexedDbMatcherCache(factory).load('packs-a'), null, 'older data under the current key');
  await storeRaw(factory, stored);
  assert.ok(await new IndexedDbMatcherCache(factory).load('packs-a'), 'the record as saved still reads');
  await storeRaw(factory, { key: `${MATCHER_FORMAT}|packs-a`, matcher: { mark: 'sourcelight-matcher', format: MATCHER_FORMAT, table: 7 } });
  assert.equal(await new IndexedDbMatcherCache(factory).load('packs-a'), null, 'damaged');
  await storeRaw(factory, 'not a record');
  assert.equal(await new IndexedDbMatcherCache(factory).load('packs-a'), null, 'not even an object');
});

test('a database that cannot be opened fails the call, and the next call opens it afresh', async () => {
  const factory = new IDBFactory();
  let failures = 1;
  const flaky = {
    open: (name: string, version?: number) => {
      if (failures-- > 0) throw new DOMException('the disk is gone', 'UnknownError');
      return factory.open(name, version);
    },
  } as unknown as IDBFactory;
  const cache = new IndexedDbMatcherCache(flaky);
  await assert.rejects(cache.load('packs-a'), /the disk is gone/);
  await cache.save('packs-a', compiled);
  assert.ok(await cache.load('packs-a'));
});

async function storedRecord(factory: IDBFactory): Promise<{ key: string; matcher: unknown }> {
  const db = await promised(factory.open('sourcelight-matcher-cache', 1));
  const record = await promised(db.transaction('matcher', 'readonly').objectStore('matcher').get('current'));
  db.close();
  return record as { key: string; matcher: unknown };
}
