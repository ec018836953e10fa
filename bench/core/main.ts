/**
 * Child-process entry of the core figures, started by bench/run.ts with `--expose-gc` so each
 * timed run starts from a collected heap. Writes `{"results": [...]}` to stdout.
 */
import { parseOptions, wants } from '../options.js';
import { failed, type BenchResult } from '../result.js';

const options = parseOptions(process.argv.slice(2));
let results: BenchResult[];
try {
  const { runCore } = await import('./core-bench.js');
  results = runCore(options);
} catch (error) {
  const reason = (error as Error).stack?.split('\n').slice(0, 2).join(' ') ?? String(error);
  results = (['scan-vs-segment', 'db-scaling'] as const).filter((name) => wants(options, name)).map((name) => failed(name, reason));
}
process.stdout.write(JSON.stringify({ results }));
