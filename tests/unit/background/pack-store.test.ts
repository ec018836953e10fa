/**
 * Imported packs in IndexedDB (src/background/pack-store.ts), on fake-indexeddb's in-memory
 * implementation of the same API: a pack and its switch are written and deleted together, and
 * a write that fails leaves what was stored exactly as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IDBFactory } from 'fake-indexeddb';
import { IndexedDbPackStore, type StoredPackRecord } from '../../../src/background/pack-store.js';

const record = (id: string, statement = 'Something happened.'): StoredPackRecord => ({
  id,
  pack: { schemaVersion: 1, name: `Pack ${id}`, claims: [{ id: `${id}-1`, statement, status: 'confirmed' }] },
  fileName: `${id}.json`,
  importedAt: '2026-11-26T12:00:00.000Z',
  contentHash: `hash-${id}`,
});

test('a saved pack is stored with its switch on, and read back as saved', async () => {
  const factory = new IDBFactory();
  const store = new IndexedDbPackStore(factory);
  assert.deepEqual(await store.load(), { packs: [], enabled: {} });
  await store.save(record('a'));
  await store.save(record('b'));
  await store.setEnabled('b', false);
  await store.setEnabled('bundled-pack', false); // bundled packs have switches but no record
  const state = await new IndexedDbPackStore(factory).load(); // as a woken service worker reads it
  assert.deepEqual(state.packs, [{ key: 'a', value: record('a') }, { key: 'b', value: record('b') }]);
  assert.deepEqual(state.enabled, { a: true, b: false, 'bundled-pack': false });
});

test('saving a pack again replaces it and switches it back on', async () => {
  const store = new IndexedDbPackStore(new IDBFactory());
  await store.save(record('a'));
  await store.setEnabled('a', false);
  await store.save(record('a', 'A newer statement.'));
  const state = await store.load();
  assert.deepEqual(state.packs, [{ key: 'a', value: record('a', 'A newer statement.') }]);
  assert.deepEqual(state.enabled, { a: true });
});

test('removing a pack deletes it and its switch, and nothing else', async () => {
  const store = new IndexedDbPackStore(new IDBFactory());
  await store.save(record('a'));
  await store.save(record('b'));
  await store.remove('a');
  assert.deepEqual(await store.load(), { packs: [{ key: 'b', value: record('b') }], enabled: { b: true } });
});

test('a save that cannot be stored fails and leaves every stored pack and switch intact', async () => {
  const store = new IndexedDbPackStore(new IDBFactory());
  await store.save(record('a'));
  await store.setEnabled('a', false);
  const before = await store.load();
  const unstorable = { ...record('a', 'Replacement.'), pack: { claims: [], build: () => 'a function cannot be cloned' } };
  await assert.rejects(store.save(unstorable), { name: 'DataCloneError' });
  await assert.rejects(store.save({ ...record('c'), id: undefined } as unknown as StoredPackRecord), { name: 'DataError' });
  assert.deepEqual(await store.load(), before);
});
