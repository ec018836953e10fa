/**
 * Builds the unpacked extension into dist/ and the CLI into build/.
 *
 *   tsx scripts/build.ts              extension + CLI
 *   tsx scripts/build.ts --cli-only   CLI only (npm's prepare step)
 *
 * The bundled claim database is validated and compiled here: an invalid database fails the
 * build with the validator's message.
 */
import { build, type BuildOptions } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { packSchema } from '../src/core/claims/schema.js';
import { loadBundledPacks } from '../src/cli/bundled-packs.js';
import { noRawHtml } from './lib/no-raw-html.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const cliOnly = process.argv.includes('--cli-only');

const common: BuildOptions = {
  bundle: true,
  target: ['chrome120', 'firefox128'],
  logLevel: 'warning',
  legalComments: 'none',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  charset: 'utf8',
};

/** Keeps the editor-facing JSON Schema in step with the schema the validator uses. */
function writeJsonSchema(): void {
  const schema = { title: 'Sourcelight claim pack', ...z.toJSONSchema(packSchema, { io: 'input' }) };
  const file = join(root, 'extension/claims/pack.schema.json');
  const text = JSON.stringify(schema, null, 2) + '\n';
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

async function buildCli(): Promise<void> {
  await build({
    ...common,
    entryPoints: { cli: join(root, 'src/cli/main.ts') },
    outdir: join(root, 'build'),
    outExtension: { '.js': '.mjs' },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
  });
}

async function buildExtension(): Promise<void> {
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  // claims/ is compiled below; the icon's SVG source stays out (Chrome needs the PNGs).
  cpSync(join(root, 'extension'), dist, {
    recursive: true,
    filter: (src) => !src.startsWith(join(root, 'extension/claims')) && !src.endsWith('.svg'),
  });
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { version: string };
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  if (manifest.version !== pkg.version) throw new Error(`manifest.json version ${manifest.version} differs from package.json ${pkg.version}`);
  cpSync(join(root, 'manifest.json'), join(dist, 'manifest.json'));

  mkdirSync(join(dist, 'claims'), { recursive: true });
  const packs = loadBundledPacks(join(root, 'extension/claims'));
  writeFileSync(join(dist, 'claims/bundled.json'), JSON.stringify(packs));

  await build({
    ...common,
    entryPoints: {
      background: join(root, 'src/background/index.ts'),
      content: join(root, 'src/content/index.ts'),
      popup: join(root, 'src/ui/popup/index.tsx'),
      options: join(root, 'src/ui/options/index.tsx'),
    },
    outdir: dist,
    format: 'iife',
    platform: 'browser',
    minify: true,
    sourcemap: false,
    plugins: [noRawHtml],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
}

try {
  writeJsonSchema();
  await buildCli();
  if (!cliOnly) await buildExtension();
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
