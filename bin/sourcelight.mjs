#!/usr/bin/env node
// Runs the CLI built by `npm run build` (npm's prepare step builds it on `npm ci`); builds it
// first when a checkout has not been built yet.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../build/cli.mjs', import.meta.url));
if (!existsSync(cli)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--cli-only'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
const { main } = await import(cli);
process.exitCode = await main(process.argv.slice(2));
