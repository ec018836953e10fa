/**
 * Builds the unpacked extension into a directory: static files, manifest, the compiled claim
 * database and the four bundles. The shipped build and the bench's instrumented copy come from
 * the same function, so they differ only in `__SOURCELIGHT_BENCH__` (and, for profiling, in
 * readable names).
 */
import { build, type BuildOptions } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadBundledPacks } from '../../src/cli/bundled-packs.js';
import { noRawHtml } from './no-raw-html.js';
import { polyfillAsEsm } from './polyfill-as-esm.js';

export const COMMON_BUILD: BuildOptions = {
  bundle: true,
  target: ['chrome120', 'firefox128'],
  logLevel: 'warning',
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  charset: 'utf8',
};

export interface ExtensionBuild {
  /**
   * The bench's copy: the content script leaves User Timing marks (`sourcelight:*`) for the
   * trace. Never shipped: a page shares the performance timeline and could detect Sourcelight.
   */
  instrumented?: boolean;
  /** Unminified with names kept, for profiles that name functions. */
  readable?: boolean;
}

export async function buildExtensionInto(root: string, outDir: string, options: ExtensionBuild = {}): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // claims/ is compiled below; the icon's SVG source stays out (Chrome needs the PNGs).
  cpSync(join(root, 'extension'), outDir, {
    recursive: true,
    filter: (src) => !src.startsWith(join(root, 'extension/claims')) && !src.endsWith('.svg'),
  });
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string };
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  if (manifest.version !== pkg.version) throw new Error(`manifest.json version ${manifest.version} differs from package.json ${pkg.version}`);
  cpSync(join(root, 'manifest.json'), join(outDir, 'manifest.json'));

  mkdirSync(join(outDir, 'claims'), { recursive: true });
  writeFileSync(join(outDir, 'claims/bundled.json'), JSON.stringify(loadBundledPacks(join(root, 'extension/claims'))));

  const bundles: BuildOptions = {
    ...COMMON_BUILD,
    outdir: outDir,
    format: 'iife',
    platform: 'browser',
    minify: !options.readable,
    keepNames: !!options.readable,
    sourcemap: false,
    define: { 'process.env.NODE_ENV': '"production"', __SOURCELIGHT_BENCH__: options.instrumented ? 'true' : 'false' },
  };
  await build({
    ...bundles,
    entryPoints: {
      background: join(root, 'src/background/index.ts'),
      popup: join(root, 'src/ui/popup/index.tsx'),
      options: join(root, 'src/ui/options/index.tsx'),
    },
    plugins: [noRawHtml],
  });
  // The content script starts on every page: it alone gets the polyfill's cheap start (see the plugin).
  await build({ ...bundles, entryPoints: { content: join(root, 'src/content/index.ts') }, plugins: [noRawHtml, polyfillAsEsm] });
}

/**
 * Builds into a sibling staging directory and only then swaps it in for `target`, so a running
 * browser never sees a half-built or missing extension (a failed build leaves `target` as it was).
 * The swap is two renames on one file system: `target` is absent for microseconds at most.
 */
export async function buildAtomically(target: string, make: (staging: string) => Promise<void>): Promise<void> {
  const staging = join(dirname(target), `.${basename(target)}-staging-${process.pid}`);
  const retired = join(dirname(target), `.${basename(target)}-retired-${process.pid}`);
  try {
    await make(staging);
    if (existsSync(target)) renameSync(target, retired);
    try {
      renameSync(staging, target);
    } catch (error) {
      if (existsSync(retired)) renameSync(retired, target);
      throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(retired, { recursive: true, force: true });
  }
}
