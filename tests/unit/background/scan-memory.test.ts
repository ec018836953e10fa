/**
 * The background's memory of what it scanned for each frame: replaced by a newer session or
 * another document, bounded in memory (least recently used frames go), stored per tab within a
 * size limit and only when changed, read back after a restart, and cleared to make room.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BlockScan } from '../../../src/background/frame-scans.js';
import { ScanMemory } from '../../../src/background/scan-memory.js';
import { MemoryArea } from './fakes.js';

const block = (text: string): BlockScan => ({ text, sentenceCount: 1, sentences: [{ start: 0, end: text.length, hits: [], cues: [['anonymous', 0, 4]] }] });
const keyed = (...texts: string[]) => new Map(texts.map((text, i) => [i + 1, block(text)]));

describe('ScanMemory', () => {
  it('keeps a frame’s scans per document and session: a newer session starts afresh, an older one changes nothing', async () => {
    const memory = new ScanMemory(new MemoryArea());
    await memory.add(1, 0, 'doc', 2, keyed('a'));
    await memory.add(1, 0, 'doc', 2, new Map([[5, block('e')]]));
    await memory.add(1, 0, 'doc', 1, new Map([[1, block('stale')]]));
    assert.deepEqual(Object.keys((await memory.get(1, 0))!.blocks), ['1', '5']);
    assert.equal((await memory.get(1, 0))!.blocks['1']!.text, 'a');
    await memory.add(1, 0, 'doc', 3, keyed('b'));
    assert.deepEqual(Object.keys((await memory.get(1, 0))!.blocks), ['1']);
    await memory.add(1, 0, 'other', 1, keyed('c'));
    assert.equal((await memory.get(1, 0))!.document, 'other');
    assert.equal(await memory.get(1, 7), null);
  });

  it('stays within its memory budget by dropping the least recently used frames', async () => {
    const memory = new ScanMemory(new MemoryArea(), { memoryChars: 700, storedChars: 10_000 });
    const text = 'x'.repeat(150);
    await memory.add(1, 0, 'd', 1, keyed(text));
    await memory.add(2, 0, 'd', 1, keyed(text));
    await memory.get(1, 0);
    await memory.add(3, 0, 'd', 1, keyed(text));
    await memory.add(4, 0, 'd', 1, keyed(text, text, text));
    assert.ok(await memory.get(4, 0), 'the frame being scanned stays');
    assert.equal(await memory.get(2, 0), null, 'the least recently used went first');
    assert.equal(await memory.get(3, 0), null);
  });

  it('stores a tab’s scans of the frames it names when changed and small enough, and reads them back after a restart', async () => {
    const area = new MemoryArea();
    const memory = new ScanMemory(area, { memoryChars: 100_000, storedChars: 400 });
    await memory.add(1, 0, 'd', 1, keyed('top'));
    await memory.add(1, 3, 'd', 1, keyed('frame'));
    await memory.save(1, ['0']);
    assert.deepEqual(Object.keys(area.data.get('scans:1') as object), ['0']);
    const sets = area.sets;
    await memory.save(1, ['0']);
    assert.equal(area.sets, sets, 'nothing changed, nothing written');

    const restarted = new ScanMemory(area);
    assert.equal((await restarted.get(1, 0))!.blocks['1']!.text, 'top');
    assert.equal(await restarted.get(1, 3), null);

    await memory.add(1, 0, 'd', 1, new Map([[2, block('y'.repeat(500))]]));
    await memory.save(1, ['0']);
    assert.equal(area.data.has('scans:1'), false, 'too large to store: memory only');
  });

  it('ignores a damaged stored copy, and clears every stored copy to make room', async () => {
    const area = new MemoryArea();
    area.data.set('scans:1', { 0: { document: 5, blocks: 'garbage' } });
    area.data.set('tab:1', { kept: true });
    assert.equal(await new ScanMemory(area).get(1, 0), null);
    const memory = new ScanMemory(area);
    await memory.add(2, 0, 'd', 1, keyed('a'));
    await memory.save(2, ['0']);
    assert.equal(await memory.clearStored(), true);
    assert.deepEqual([...area.data.keys()], ['tab:1']);
    assert.equal(await memory.clearStored(), false);
  });
});

