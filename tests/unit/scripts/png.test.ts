import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inflateSync } from 'node:zlib';
import { encodePng } from '../../../scripts/lib/png.js';

describe('PNG encoder', () => {
  it('writes a valid RGBA PNG whose pixels decode back unchanged', () => {
    const pixels = Uint8Array.from({ length: 3 * 2 * 4 }, (_, i) => (i * 37) % 256);
    const png = encodePng(3, 2, pixels);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]], [3, 2, 8, 6]);
    const idatLength = png.readUInt32BE(33);
    assert.equal(png.toString('latin1', 37, 41), 'IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    // Each row: filter byte 0, then the row's pixels.
    assert.deepEqual([...raw], [0, ...pixels.subarray(0, 12), 0, ...pixels.subarray(12)]);
    assert.equal(png.toString('latin1', png.length - 8, png.length - 4), 'IEND');
  });

  it('rejects a pixel buffer of the wrong size', () => {
    assert.throws(() => encodePng(2, 2, new Uint8Array(15)), /expected 16 bytes/);
  });
});
