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
import { accuracySuites, scoreSuite } from './lib/accuracy.js';

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

const stages: Stage[] = [
  { name: 'typecheck', run: () => ({ ok: sh('npx', ['--no-install', 'tsc', '--noEmit']) === 0, detail: 'tsc --noEmit' }) },
  { name: 'build', run: () => ({ ok: sh('npx', ['--no-install', 'tsx', 'scripts/build.ts']) === 0, detail: 'dist/ and build/' }) },
  { name: 'lint', run: () => ({ ok: sh('npx', ['--no-install', 'tsx', 'scripts/lint-extension.ts']) === 0, detail: 'web-ext lint dist/' }) },
  { name: 'unit', run: () => nodeTests(testFiles(join(root, 'tests/unit')), 2) },
  {
    name: 'accuracy',
    run: () => {
      const scorer = join(shared, 'tools/score-corpus.mjs');
      if (!existsSync(scorer)) return { ok: true, detail: `skipped: no scorer at ${scorer} (../shared is not beside the project)` };
      const results = accuracySuites(root, shared).map((suite) => scoreSuite(root, scorer, suite));
      return { ok: results.every((result) => result.ok), detail: results.map((result) => result.detail).join('; ') };
    },
  },
  { name: 'e2e', run: () => nodeTests(testFiles(join(root, 'tests/e2e')), 1) },
  { name: 'bench', run: () => ({ ok: sh('npx', ['--no-install', 'tsx', 'bench/run.ts', '--quick']) === 0, detail: 'quick mode, proves it runs' }) },
];

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
