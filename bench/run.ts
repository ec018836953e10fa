/**
 * npm run bench: every performance figure of Sourcelight as a ratio against a baseline measured
 * in the same run (machines here are noisy).
 *
 *   npm run bench                    builds dist/, measures, prints a table
 *   npm run bench -- --json          prints only {"results": [...]} on stdout (progress on stderr)
 *   npm run bench -- --quick         tiny inputs, proves every measurement still runs (CI)
 *   npm run bench -- --check         exit 1 when a figure misses its target
 *   npm run bench -- --only core,longest-task   some suites or figures only; --no-build  use dist/ as it is
 *   npm run bench -- --dist DIR      measure the unpacked extension in DIR in the browser (to compare versions)
 *
 * The browser figures load the bench's own instrumented build of the sources (with the content
 * script's User Timing marks, which the shipped dist/ leaves out), made in a temporary directory.
 *
 * Exits 2 when a figure could not be measured at all.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { COMMON_BUILD } from '../scripts/lib/extension-build.js';
import { runBrowser } from './browser/browser-bench.js';
import { measureContentSize } from './content-size.js';
import { parseOptions, ROOT, wants } from './options.js';
import { failed, type BenchResult } from './result.js';
import { formatTable } from './table.js';

const options = parseOptions(process.argv.slice(2));
const wanted = (suite: string): boolean => wants(options, suite);

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

function build(): string | null {
  log('bench: building dist/');
  const run = spawnSync('npx', ['--no-install', 'tsx', 'scripts/build.ts'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  return run.status === 0 ? null : `the build failed (exit ${run.status})`;
}

/** A run must end: a matcher that does not scale is reported as such, not waited for. */
const CORE_PATIENCE_MS = (options.quick ? 3 : 25) * 60_000;

/**
 * The core figures time the code as it ships: bundled and minified by esbuild like the
 * background script, not through tsx, whose transform wraps every function it creates in a
 * naming helper the shipped bundles do not have.
 */
async function bundleCore(): Promise<string> {
  const outfile = join(ROOT, 'bench/.tmp/core/main.mjs');
  await esbuild({ ...COMMON_BUILD, entryPoints: [join(ROOT, 'bench/core/main.ts')], outfile, platform: 'node', format: 'esm', target: 'node20', minify: true });
  return outfile;
}

async function runCoreProcess(): Promise<BenchResult[]> {
  log('bench: core (scan-vs-segment, db-scaling)');
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=8192', await bundleCore(), ...process.argv.slice(2)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024, encoding: 'utf8', timeout: CORE_PATIENCE_MS },
  );
  try {
    return (JSON.parse(run.stdout) as { results: BenchResult[] }).results;
  } catch {
    const reason = run.error && /ETIMEDOUT/.test(String(run.error))
      ? `the core figures took over ${CORE_PATIENCE_MS / 60_000} minutes (a scan or compile far too slow)`
      : `the core bench process exited with ${run.status ?? run.signal}`;
    return [failed('scan-vs-segment', reason), failed('db-scaling', reason)];
  }
}

const measured: BenchResult[] = [];
const buildProblem = process.argv.includes('--no-build') || !(wanted('size') || wanted('browser')) ? null : build();
if (wanted('core')) measured.push(...(await runCoreProcess()));
if (wanted('size')) measured.push(buildProblem ? failed('content-script-gzip', buildProblem) : measureContentSize());
if (wanted('browser')) {
  log('bench: browser (content-vs-extract, first-highlight, longest-task, heap-per-tab)');
  if (buildProblem) {
    for (const name of ['content-vs-extract', 'first-highlight', 'longest-task', 'heap-per-tab', 'heap-per-tab-bundled'] as const) measured.push(failed(name, buildProblem));
  } else {
    measured.push(...(await runBrowser(options)));
  }
}

const results = measured.filter((r) => wants(options, r.name));
const json = (value: number | null): number | null => (value === null || !Number.isFinite(value) ? null : Number(value.toPrecision(6)));
if (options.json) {
  const rows = results.map((r) => ({ ...r, value: json(r.value), baseline: json(r.baseline), ratio: json(r.ratio) }));
  process.stdout.write(`${JSON.stringify({ results: rows }, null, 2)}\n`);
} else {
  process.stdout.write(`${formatTable(results, options.quick)}\n`);
}

const unmeasured = results.filter((r) => !Number.isFinite(r.value));
const missed = results.filter((r) => !r.ok);
if (unmeasured.length) log(`bench: not measured: ${unmeasured.map((r) => r.name).join(', ')}`);
process.exitCode = unmeasured.length ? 2 : options.check && missed.length ? 1 : 0;
