import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIXED_STAMP, readZip, writeZip } from '../../../scripts/lib/zip.js';

const entries = [
  { path: 'popup.js', data: Buffer.from('console.log("popup");\n'.repeat(50)) },
  { path: 'icons/icon-16.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
  { path: '_locales/en/messages.json', data: Buffer.from('{"extName":{"message":"Sourcelight — ünïcode"}}') },
];

describe('zip writer', () => {
  it('writes the same bytes for the same files in any order', () => {
    assert.deepEqual(writeZip(entries), writeZip([...entries].reverse()));
  });

  it('reads back every file, sorted, with the fixed timestamp', () => {
    const read = readZip(writeZip(entries));
    assert.deepEqual(read.map((entry) => entry.path), ['_locales/en/messages.json', 'icons/icon-16.png', 'popup.js']);
    for (const entry of read) {
      assert.deepEqual(entry.data, entries.find((original) => original.path === entry.path)!.data);
      assert.equal(entry.stamp, FIXED_STAMP);
    }
  });

  it('makes archives the standard unzip tool accepts', { skip: spawnSync('unzip', ['-v']).status !== 0 && 'no unzip here' }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-zip-'));
    try {
      writeFileSync(join(dir, 'a.zip'), writeZip(entries));
      const test = spawnSync('unzip', ['-t', join(dir, 'a.zip')], { encoding: 'utf8' });
      assert.equal(test.status, 0, test.stdout);
      spawnSync('unzip', ['-q', join(dir, 'a.zip'), '-d', join(dir, 'out')]);
      assert.equal(readFileSync(join(dir, 'out/_locales/en/messages.json'), 'utf8'), entries[2]!.data.toString());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses paths that would escape the folder it is unpacked in', () => {
    assert.throws(() => writeZip([{ path: '../evil.js', data: Buffer.from('') }]), /bad zip path/);
    assert.throws(() => writeZip([{ path: '/etc/passwd', data: Buffer.from('') }]), /bad zip path/);
  });

  it('detects a corrupted file in an archive', () => {
    const zip = writeZip(entries);
    // The tiny PNG is stored, not deflated: flip one of its bytes in place.
    const at = zip.indexOf(entries[1]!.data);
    assert.ok(at > 0);
    zip.writeUInt8(zip.readUInt8(at + 4) ^ 0xff, at + 4);
    assert.throws(() => readZip(zip), /CRC mismatch in icons\/icon-16.png/);
  });
});
