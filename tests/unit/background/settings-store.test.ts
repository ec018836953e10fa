import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.js';
import { Notices } from '../../../src/background/notices.js';
import { repairSettings, SettingsStore } from '../../../src/background/settings-store.js';
import { MemoryArea, quotaError, useCatalogue } from './fakes.js';

before(useCatalogue);

function setup(stored?: unknown) {
  const local = new MemoryArea();
  if (stored !== undefined) local.data.set('settings', stored);
  const notices = new Notices(new MemoryArea());
  return { local, notices, store: new SettingsStore(local, notices) };
}

describe('SettingsStore', () => {
  it('starts from the defaults without a notice when nothing is stored', async () => {
    const { store, notices } = setup();
    assert.deepEqual(await store.get(), DEFAULT_SETTINGS);
    assert.deepEqual(await notices.list(), []);
  });

  it('repairs damaged fields one by one, keeps the valid ones, writes the repair back and tells the reader', async () => {
    const { store, notices, local } = setup({ confidence: 'possible', highlightStyle: 42, paintKinds: ['anonymous', 'gossip'], pausedSites: ['A.example'] });
    const settings = await store.get();
    assert.equal(settings.confidence, 'possible');
    assert.equal(settings.highlightStyle, 'tint');
    assert.deepEqual(settings.paintKinds, []);
    assert.deepEqual(settings.pausedSites, ['a.example']);
    assert.deepEqual(local.data.get('settings'), settings);
    const [notice] = await notices.list();
    assert.match(notice!.message, /highlightStyle/);
    assert.match(notice!.message, /paintKinds/);
  });

  it('treats a stored value that is not an object as fully damaged', () => {
    const { settings, reset } = repairSettings('garbage');
    assert.deepEqual(settings, DEFAULT_SETTINGS);
    assert.ok(reset.includes('confidence'));
  });

  it('saves a patch in canonical form', async () => {
    const { store, local } = setup();
    const next = await store.update({ paintKinds: ['relayed', 'anonymous', 'relayed'], pausedSites: ['News.Example', 'news.example'] });
    assert.deepEqual(next.paintKinds, ['anonymous', 'relayed']);
    assert.deepEqual(next.pausedSites, ['news.example']);
    assert.deepEqual(local.data.get('settings'), next);
  });

  it('leaves the settings exactly as they were when storage is full, and says why', async () => {
    const { store, local } = setup();
    await store.update({ confidence: 'possible' });
    const before = structuredClone(local.data.get('settings'));
    local.failNextSet = quotaError();
    await assert.rejects(store.update({ highlightStyle: 'underline' }), /storage for Sourcelight is full/);
    assert.deepEqual(await store.get(), before);
    assert.deepEqual(local.data.get('settings'), before);
  });

  it('re-reads and repairs settings damaged in storage behind its back, ignoring its own writes', async () => {
    const { store, local, notices } = setup();
    const saved = await store.update({ confidence: 'possible' });
    assert.equal(store.noteStored(saved), false, 'its own write');
    local.data.set('settings', { confidence: 17 });
    assert.equal(store.noteStored({ confidence: 17 }), true);
    assert.equal((await store.get()).confidence, 'confident');
    assert.match((await notices.list())[0]!.message, /confidence/);
  });
});
