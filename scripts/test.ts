/**
 * Runs every check the project has and ends with one summary line.
 *
 *   npm test            all stages
 *   npm test -- unit    only the named stages (typecheck, build, lint, unit, accuracy, e2e, bench)
 *
 * Unit and end-to-end tests run on node:test; browsers run one after another (the machine has
 * two cores and each browser takes about half a gigabyte).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const shared = resolve(root, '../shared');

interface Stage {
  name: string;
  run: () => StageResult;
}
interface StageResult {
  ok: boolean;
  detail: string;
}

function sh(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function testFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.test\.tsx?$/.test(file))
    .map((file) => join(dir, file))
    .filter((file) => statSync(file).isFile())
    .sort();
}

/** Runs node:test over files; counts come from a TAP copy of the run. */
function nodeTests(files: string[], concurrency: number): StageResult {
  if (files.length === 0) return { ok: false, detail: 'no test files' };
  const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-test-'));
  const tap = join(scratch, 'report.tap');
  const status = sh(process.execPath, [
    '--import',
    'tsx',
    '--test',
    `--test-concurrency=${concurrency}`,
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...files.map((file) => relative(root, file)),
  ]);
  const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  rmSync(scratch, { recursive: true, force: true });
  const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(report)?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail');
  const skipped = count('skipped');
  return { ok: status === 0 && failed === 0, detail: `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}` };
}

function scoreCorpus(dir: string, thresholds: string[]): boolean {
  return sh(process.execPath, [join(shared, 'tools/score-corpus.mjs'), dir, '--verbose', ...thresholds]) === 0;
}

const stages: Stage[] = [
  { name: 'typecheck', run: () => ({ ok: sh('npx', ['--no-install', 'tsc', '--noEmit']) === 0, detail: 'tsc --noEmit' }) },
  { name: 'build', run: () => ({ ok: sh('npx', ['--no-install', 'tsx', 'scripts/build.ts']) === 0, detail: 'dist/ and build/' }) },
  { name: 'lint', run: () => ({ ok: sh('npx', ['--no-install', 'tsx', 'scripts/lint-extension.ts']) === 0, detail: 'web-ext lint dist/' }) },
  { name: 'unit', run: () => nodeTests(testFiles(join(root, 'tests/unit')), 2) },
  {
    name: 'accuracy',
    run: () => {
      const results: string[] = [];
      let ok = true;
      for (const [dir, thresholds] of accuracySuites()) {
        const passed = scoreCorpus(dir, thresholds);
        ok &&= passed;
        results.push(`${relative(root, dir)} ${passed ? 'ok' : 'below threshold'}`);
      }
      return { ok, detail: results.join('; ') };
    },
  },
  { name: 'e2e', run: () => nodeTests(testFiles(join(root, 'tests/e2e')), 1) },
  { name: 'bench', run: () => ({ ok: sh('npx', ['--no-install', 'tsx', 'bench/run.ts', '--quick']) === 0, detail: 'quick mode, proves it runs' }) },
];

/** Labeled corpora and the minimum scores each must hold. */
function accuracySuites(): [string, string[]][] {
  const suites: [string, string[]][] = [
    [join(root, 'tests/fixtures/claims'), ['--min-claims-p', '0.95', '--min-claims-r', '0.9']],
    [join(root, 'tests/fixtures/sourcing'), ['--min-sourcing-f1', '0.85']],
  ];
  if (existsSync(join(shared, 'corpus/dev'))) suites.push([join(shared, 'corpus/dev'), ['--min-claims-p', '0.95', '--min-claims-r', '0.9', '--min-sourcing-f1', '0.87']]);
  return suites;
}

const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const selected = wanted.length ? stages.filter((stage) => wanted.includes(stage.name)) : stages;
const unknown = wanted.filter((name) => !stages.some((stage) => stage.name === name));
if (unknown.length) {
  console.error(`unknown stage ${unknown.join(', ')}; stages: ${stages.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

const summary: string[] = [];
let failures = 0;
const started = Date.now();
for (const stage of selected) {
  console.log(`\n=== ${stage.name}`);
  const stageStart = Date.now();
  const result = stage.run();
  if (!result.ok) failures++;
  summary.push(`${stage.name} ${result.ok ? 'ok' : 'FAILED'} (${result.detail}, ${((Date.now() - stageStart) / 1000).toFixed(0)} s)`);
}
console.log('\n' + summary.map((line) => `  ${line}`).join('\n'));
console.log(
  `Summary: ${selected.length - failures} of ${selected.length} stages passed${failures ? `, ${failures} failed` : ''} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(failures ? 1 : 0);
