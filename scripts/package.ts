/**
 * `npm run package`: store-ready zips for the Chrome Web Store and addons.mozilla.org in
 * artifacts/, from a fresh build.
 *
 * Each store gets the manifest it understands: Chrome's without `background.scripts` and
 * `browser_specific_settings` (Chrome flags both as unknown/MV2-only), Firefox's without
 * `background.service_worker` (Firefox ignores it). A development `key` never ships. Source
 * maps and test files stay out. Archives are reproducible: sorted entries, fixed timestamps.
 * The Firefox files must pass `web-ext lint` before they are zipped, and both archives are
 * read back and checked.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintExtension } from './lib/web-ext-lint.js';
import { readZip, writeZip, type ZipEntry } from './lib/zip.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const dist = join(root, 'dist');
const artifacts = join(root, 'artifacts');

type Store = 'chrome' | 'firefox';
type Manifest = Record<string, unknown> & { version: string; background?: Record<string, unknown> };

/** Files that never ship: source maps, tests, editor and OS litter. */
const EXCLUDED = [/\.map$/, /(^|\/)tests?\//, /\.test\.[cm]?[jt]sx?$/, /(^|\/)\.[^/]*$/];

function distFiles(): ZipEntry[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => path !== 'manifest.json' && !EXCLUDED.some((pattern) => pattern.test(path)))
    .map((path) => ({ path, data: readFileSync(join(dist, path)) }));
}

function manifestFor(store: Store, manifest: Manifest): Manifest {
  const { key: _key, browser_specific_settings, background, ...rest } = manifest;
  if (store === 'chrome') {
    const { scripts: _scripts, ...chromeBackground } = background ?? {};
    return { ...rest, background: chromeBackground };
  }
  const { service_worker: _worker, ...firefoxBackground } = background ?? {};
  return { ...rest, background: firefoxBackground, browser_specific_settings };
}

/** Writes the files to a scratch folder and lints them as Firefox will see them. */
function lintFirefox(entries: readonly ZipEntry[]): void {
  const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-package-'));
  try {
    for (const { path, data } of entries) {
      mkdirSync(dirname(join(scratch, path)), { recursive: true });
      writeFileSync(join(scratch, path), data);
    }
    const outcome = lintExtension(scratch);
    if (!outcome.ok) {
      for (const line of outcome.lines) console.error(line);
      throw new Error(`the Firefox package does not pass web-ext lint (${outcome.summary})`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function verify(file: string, expected: readonly ZipEntry[]): void {
  const read = readZip(readFileSync(file));
  const want = new Map(expected.map((entry) => [entry.path, entry.data]));
  if (read.length !== want.size || read.some((entry) => !want.get(entry.path)?.equals(entry.data))) {
    throw new Error(`${file} does not read back as written`);
  }
}

const started = Date.now();
try {
  const build = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/build.ts')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Manifest;
  const files = distFiles();
  mkdirSync(artifacts, { recursive: true });
  for (const store of ['chrome', 'firefox'] as const) {
    const entries = [...files, { path: 'manifest.json', data: Buffer.from(JSON.stringify(manifestFor(store, manifest), null, 2) + '\n') }];
    if (store === 'firefox') lintFirefox(entries);
    const file = join(artifacts, `sourcelight-${store}-${manifest.version}.zip`);
    writeFileSync(file, writeZip(entries));
    verify(file, entries);
    const size = entries.reduce((sum, entry) => sum + entry.data.length, 0);
    console.log(`${relative(root, file)}: ${entries.length} files, ${(size / 1024).toFixed(0)} KiB unpacked, ${(readFileSync(file).length / 1024).toFixed(0)} KiB zipped`);
  }
  console.log(`packaged in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`package failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
