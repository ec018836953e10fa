/**
 * Finds the project folder (the one holding Sourcelight's package.json) from this module's own
 * location, which differs between the built CLI (build/cli.mjs) and the sources run with tsx.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function projectRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'sourcelight') return (cached = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the Sourcelight project folder (package.json) above the CLI');
    dir = parent;
  }
}

export function projectVersion(): string {
  return (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
