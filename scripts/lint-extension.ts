/**
 * `npm run lint:ext`: lints the built extension with `web-ext lint` and fails on any error and
 * on any warning other than BACKGROUND_SERVICE_WORKER_IGNORED.
 *
 *   npx tsx scripts/lint-extension.ts [--source-dir DIR]   (default: dist/, built by `npm run build`)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintExtension } from './lib/web-ext-lint.js';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const flag = process.argv.indexOf('--source-dir');
const sourceDir = resolve(flag >= 0 ? (process.argv[flag + 1] ?? '') : join(root, 'dist'));

if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`no manifest.json in ${sourceDir}: run \`npm run build\` first`);
  process.exit(2);
}
const outcome = lintExtension(sourceDir);
for (const line of outcome.lines) console.log(line);
console.log(`web-ext lint ${sourceDir}: ${outcome.ok ? 'clean' : 'FAILED'} (${outcome.summary})`);
process.exit(outcome.ok ? 0 : 1);
