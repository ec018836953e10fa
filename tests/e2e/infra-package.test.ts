/**
 * `npm run package` makes store zips that are whole, reproducible and clean (no source maps, no
 * tests), each with its store's manifest, and each loads and runs in its browser.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { FIXED_STAMP, readZip, type ReadEntry } from '../../scripts/lib/zip.js';
import { DIST, launch, type BrowserName } from './harness/browsers.js';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const zips: Record<BrowserName, string> = {
  chromium: join(root, 'artifacts', `sourcelight-chrome-${version}.zip`),
  firefox: join(root, 'artifacts', `sourcelight-firefox-${version}.zip`),
};

describe('store packages', () => {
  const unpacked: string[] = [];
  const entries = {} as Record<BrowserName, ReadEntry[]>;

  before(() => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/package.ts'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, `npm run package failed:\n${run.stdout}\n${run.stderr}`);
    for (const name of ['chromium', 'firefox'] as const) entries[name] = readZip(readFileSync(zips[name]));
  });
  after(() => {
    for (const dir of unpacked) rmSync(dir, { recursive: true, force: true });
  });

  it('holds the built files in sorted order with one fixed timestamp, and nothing else', () => {
    const built = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(DIST, join(entry.parentPath, entry.name)))
      .sort();
    for (const name of ['chromium', 'firefox'] as const) {
      const paths = entries[name].map((entry) => entry.path);
      assert.deepEqual(paths, [...paths].sort(), `${name}: entries not sorted`);
      assert.deepEqual(paths, built.filter((path) => !/\.map$|(^|\/)tests?\//.test(path)));
      assert.ok(entries[name].every((entry) => entry.stamp === FIXED_STAMP), `${name}: timestamps vary`);
    }
  });

  it("gives each store the manifest it understands", () => {
    const manifest = (name: BrowserName) =>
      JSON.parse(entries[name].find((entry) => entry.path === 'manifest.json')!.data.toString('utf8')) as {
        background: Record<string, unknown>;
        browser_specific_settings?: unknown;
        key?: string;
      };
    assert.deepEqual(manifest('chromium').background, { service_worker: 'background.js' });
    assert.equal(manifest('chromium').browser_specific_settings, undefined);
    assert.deepEqual(manifest('firefox').background, { scripts: ['background.js'] });
    assert.ok(manifest('firefox').browser_specific_settings);
    assert.equal(manifest('chromium').key ?? manifest('firefox').key, undefined);
  });

  for (const name of ['chromium', 'firefox'] as const) {
    it(`loads and runs in ${name} from the zip`, async () => {
      const dir = mkdtempSync(join(tmpdir(), `sourcelight-${name}-zip-`));
      unpacked.push(dir);
      for (const entry of entries[name]) {
        mkdirSync(dirname(join(dir, entry.path)), { recursive: true });
        writeFileSync(join(dir, entry.path), entry.data);
      }
      const browser = await launch(name, { dist: dir });
      try {
        const settings = await browser.inExtension((api) => api.runtime.sendMessage({ type: 'getSettings', args: {} }));
        assert.ok(settings !== null && typeof settings === 'object', 'the background answered no settings');
        assert.deepEqual(browser.network?.unexpected(), []);
      } finally {
        await browser.close();
      }
    });
  }
});
