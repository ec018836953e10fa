/**
 * Builds the unpacked extension into dist/ and the CLI into build/.
 *
 *   tsx scripts/build.ts              extension + CLI
 *   tsx scripts/build.ts --cli-only   CLI only (npm's prepare step)
 *
 * The bundled claim database is validated and compiled here: an invalid database fails the
 * build with the validator's message. dist/ is replaced in one step at the end (see
 * `buildAtomically`), so tests running meanwhile keep a whole extension.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { packSchema } from '../src/core/claims/schema.js';
import { buildAtomically, buildExtensionInto, COMMON_BUILD } from './lib/extension-build.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const cliOnly = process.argv.includes('--cli-only');

/** Keeps the editor-facing JSON Schema in step with the schema the validator uses. */
function writeJsonSchema(): void {
  const schema = { title: 'Sourcelight claim pack', ...z.toJSONSchema(packSchema, { io: 'input' }) };
  const file = join(root, 'extension/claims/pack.schema.json');
  const text = JSON.stringify(schema, null, 2) + '\n';
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

async function buildCli(): Promise<void> {
  await build({
    ...COMMON_BUILD,
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

try {
  writeJsonSchema();
  await buildCli();
  if (!cliOnly) await buildAtomically(dist, (staging) => buildExtensionInto(root, staging));
} catch (error) {
  console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
