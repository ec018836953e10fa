/** Reads and validates the bundled database source files in `extension/claims/`. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClaimPack } from '../core/claims/schema.js';
import { parsePackText } from '../core/claims/parse.js';
import { formatProblem } from '../core/claims/validate.js';

export function bundledPackFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .sort()
    .map((name) => join(dir, name));
}

/** Throws an Error listing every problem of every invalid file. */
export function loadBundledPacks(dir: string): ClaimPack[] {
  const packs: ClaimPack[] = [];
  const failures: string[] = [];
  for (const file of bundledPackFiles(dir)) {
    const result = parsePackText(readFileSync(file, 'utf8'));
    if (result.ok) packs.push(result.pack);
    else failures.push(`${file}:\n${result.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
  }
  if (failures.length) throw new Error(`invalid claim database\n${failures.join('\n')}`);
  return packs;
}
