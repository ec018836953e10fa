/**
 * content-script-gzip: bytes of dist/content.js after gzip -9, the way it weighs on every page
 * a reader opens. The database is not in it by design (matching runs in the background); the
 * check below makes sure it stays out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './options.js';
import { failed, result, type BenchResult } from './result.js';

export function measureContentSize(): BenchResult {
  const file = join(ROOT, 'dist/content.js');
  if (!existsSync(file)) return failed('content-script-gzip', 'dist/content.js does not exist (the build failed?)');
  const source = readFileSync(file);
  const gzipped = gzipSync(source, { level: 9 }).length;
  const bundledIds = (JSON.parse(readFileSync(join(ROOT, 'dist/claims/bundled.json'), 'utf8')) as { claims: { id: string }[] }[])
    .flatMap((pack) => pack.claims.map((claim) => claim.id))
    .filter((id) => source.includes(`"${id}"`));
  return result({
    name: 'content-script-gzip',
    value: gzipped,
    baseline: source.length,
    detail: `gzip -9 of dist/content.js / its ${(source.length / 1024).toFixed(1)} KiB minified; ${bundledIds.length ? `CONTAINS ${bundledIds.length} claim ids of the database` : 'no database inside'}`,
  });
}
