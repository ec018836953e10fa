/**
 * The accuracy stage of `npm test`: scores labeled corpora with the shared scorer
 * (../shared/tools/score-corpus.mjs, which runs `npx --no-install sourcelight scan --json`) and
 * holds claims and sourcing to separate precision and recall minimums. The scorer itself only
 * gates sourcing by F1, so the minimums are checked here from its summary line's counts.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export interface Minimums {
  claims?: { p: number; r: number };
  sourcing?: { p: number; r: number };
}

export interface Suite {
  dir: string;
  min: Minimums;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision and recall as the scorer defines them (1 when nothing was expected or predicted). */
const precision = ({ tp, fp }: Counts) => (tp + fp ? tp / (tp + fp) : 1);
const recall = ({ tp, fn }: Counts) => (tp + fn ? tp / (tp + fn) : 1);

/** Reads `claims P=… (tp 49 fp 0 fn 1) | sourcing P=… (tp 91 fp 0 fn 0) | 7 documents`. */
export function parseSummary(output: string): { claims: Counts; sourcing: Counts } | null {
  const counts = String.raw`\(tp (\d+) fp (\d+) fn (\d+)\)`;
  const match = new RegExp(String.raw`^claims P=\S+ R=\S+ F1=\S+ ${counts} \| sourcing P=\S+ R=\S+ F1=\S+ ${counts}`, 'm').exec(output);
  if (!match) return null;
  const [, ctp, cfp, cfn, stp, sfp, sfn] = match.map(Number);
  return { claims: { tp: ctp!, fp: cfp!, fn: cfn! }, sourcing: { tp: stp!, fp: sfp!, fn: sfn! } };
}

/** Every shortfall against the minimums, readable; empty when all hold. */
export function shortfalls(summary: { claims: Counts; sourcing: Counts }, min: Minimums): string[] {
  const problems: string[] = [];
  for (const part of ['claims', 'sourcing'] as const) {
    const want = min[part];
    if (!want) continue;
    const p = precision(summary[part]);
    const r = recall(summary[part]);
    if (p < want.p) problems.push(`${part} precision ${p.toFixed(3)} < ${want.p}`);
    if (r < want.r) problems.push(`${part} recall ${r.toFixed(3)} < ${want.r}`);
  }
  return problems;
}

export function describeScores(summary: { claims: Counts; sourcing: Counts }, min: Minimums): string {
  return (['claims', 'sourcing'] as const)
    .filter((part) => min[part])
    .map((part) => `${part} P=${precision(summary[part]).toFixed(2)} R=${recall(summary[part]).toFixed(2)}`)
    .join(', ');
}

/**
 * The scorer's verbose report. Its stdout goes to a file, not a pipe: the scorer ends with
 * process.exit(), which drops whatever Node still queues for a full pipe, so on a loaded machine
 * a long report (the independent suite's is ~200 KB) lost its summary line.
 */
function runScorer(root: string, scorer: string, dir: string): { stdout: string; status: number | null } {
  const folder = mkdtempSync(join(tmpdir(), 'sourcelight-score-'));
  const file = join(folder, 'report.txt');
  const fd = openSync(file, 'w');
  try {
    const run = spawnSync(process.execPath, [scorer, dir, '--verbose'], { cwd: root, stdio: ['ignore', fd, 'inherit'] });
    return { stdout: readFileSync(file, 'utf8'), status: run.status };
  } finally {
    closeSync(fd);
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Scores one suite, printing the scorer's report; returns a one-line verdict. */
export function scoreSuite(root: string, scorer: string, suite: Suite): { ok: boolean; detail: string } {
  const name = relative(root, suite.dir) || suite.dir;
  if (!existsSync(suite.dir)) return { ok: false, detail: `${name}: missing` };
  const run = runScorer(root, scorer, suite.dir);
  process.stdout.write(run.stdout);
  const summary = parseSummary(run.stdout);
  if (!summary) return { ok: false, detail: `${name}: the scorer gave no summary (exit ${run.status})` };
  const problems = shortfalls(summary, suite.min);
  for (const problem of problems) console.log(`  below minimum: ${problem}`);
  return { ok: problems.length === 0, detail: `${name} ${describeScores(summary, suite.min)}${problems.length ? ' BELOW MINIMUM' : ''}` };
}

/** The labeled corpora and their minimums; the shared dev corpus when ../shared is beside the project. */
export function accuracySuites(root: string, shared: string): Suite[] {
  const suites: Suite[] = [
    { dir: join(root, 'tests/fixtures/claims'), min: { claims: { p: 0.95, r: 0.9 } } },
    { dir: join(root, 'tests/fixtures/sourcing'), min: { sourcing: { p: 0.9, r: 0.85 } } },
    // Written by others, scored blind when they arrived; their labels' judgement calls differ a little from ours.
    { dir: join(root, 'tests/fixtures/independent'), min: { claims: { p: 0.93, r: 0.9 }, sourcing: { p: 0.87, r: 0.86 } } },
  ];
  const dev = join(shared, 'corpus/dev');
  if (existsSync(dev)) suites.push({ dir: dev, min: { claims: { p: 0.95, r: 0.9 }, sourcing: { p: 0.9, r: 0.85 } } });
  return suites;
}
