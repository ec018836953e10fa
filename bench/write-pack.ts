/**
 * Writes a generated claim pack (see generate-pack.ts) to standard output, e.g. to import by hand:
 *
 *   npx tsx bench/write-pack.ts --claims 1000 [--seed 7] > pack.json
 */
import { generatePack } from './generate-pack.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
process.stdout.write(JSON.stringify(generatePack({ claims: arg('claims', 1000), seed: arg('seed', 1) })));
