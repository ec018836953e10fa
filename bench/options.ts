/** Command-line options of `npm run bench`, shared by every suite. */
import { resolve } from 'node:path';
import { projectRoot } from '../src/cli/project-root.js';

/** Found from package.json: the core figures run from a bundle built under bench/.tmp/. */
export const ROOT = projectRoot();

export interface BenchOptions {
  /** Tiny inputs, to prove every measurement still runs (CI). */
  quick: boolean;
  /** Only these suites (core, size, browser) or figures (e.g. scan-vs-segment); empty for all. */
  only: string[];
  /** An unpacked extension to measure in the browser instead of the bench's own build (e.g. an older version, to compare). */
  dist: string | null;
}

const SUITES: Record<string, readonly string[]> = {
  core: ['scan-vs-segment', 'db-scaling'],
  size: ['content-script-gzip'],
  browser: ['content-vs-extract', 'first-highlight', 'longest-task', 'heap-per-tab', 'heap-per-tab-bundled'],
};

/** Whether a suite or a figure is asked for. */
export function wants(options: BenchOptions, name: string): boolean {
  if (options.only.length === 0 || options.only.includes(name)) return true;
  const suite = Object.keys(SUITES).find((key) => SUITES[key]?.includes(name));
  if (suite) return options.only.includes(suite);
  return (SUITES[name] ?? []).some((figure) => options.only.includes(figure));
}

export function parseOptions(argv: readonly string[]): BenchOptions & { json: boolean; check: boolean } {
  const only: string[] = [];
  let dist: string | null = null;
  argv.forEach((arg, i) => {
    if (arg === '--only') only.push(...(argv[i + 1] ?? '').split(','));
    if (arg === '--dist') dist = resolve(argv[i + 1] ?? '');
  });
  return { quick: argv.includes('--quick'), json: argv.includes('--json'), check: argv.includes('--check'), only, dist };
}
