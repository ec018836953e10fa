/**
 * Runs Mozilla's add-on linter (`web-ext lint`) over an unpacked extension and judges the result
 * by the project's rule: no errors, and no warnings except BACKGROUND_SERVICE_WORKER_IGNORED,
 * which the one dual Chrome/Firefox manifest always earns (Firefox ignores `service_worker` and
 * uses `scripts`).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const ALLOWED_WARNINGS = new Set(['BACKGROUND_SERVICE_WORKER_IGNORED']);

interface Message {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: Message[];
  warnings: Message[];
  notices: Message[];
}

export interface LintOutcome {
  ok: boolean;
  /** Readable lines, one block per message, failures first. */
  lines: string[];
  summary: string;
}

function describe(level: string, m: Message): string {
  const where = m.file ? `${m.file}${m.line ? `:${m.line}${m.column ? `:${m.column}` : ''}` : ''}` : '(extension)';
  const detail = level !== 'allowed' && m.description && m.description !== m.message ? `\n      ${m.description.replace(/\s+/g, ' ')}` : '';
  return `  ${level.padEnd(7)} ${m.code}  ${where}\n      ${m.message}${detail}`;
}

export function lintExtension(sourceDir: string): LintOutcome {
  const run = spawnSync('npx', ['--no-install', 'web-ext', 'lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    // web-ext otherwise asks the npm registry whether a newer web-ext exists.
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  });
  let report: LintReport;
  try {
    report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{'))) as LintReport;
  } catch {
    const output = `${run.stdout}\n${run.stderr}`.trim();
    return { ok: false, lines: [`  web-ext lint gave no report (exit ${run.status}):`, output], summary: 'web-ext lint failed to run' };
  }
  const failing = report.warnings.filter((w) => !ALLOWED_WARNINGS.has(w.code));
  const allowed = report.warnings.filter((w) => ALLOWED_WARNINGS.has(w.code));
  const lines = [
    ...report.errors.map((m) => describe('error', m)),
    ...failing.map((m) => describe('warning', m)),
    ...report.notices.map((m) => describe('notice', m)),
    ...allowed.map((m) => describe('allowed', m)),
  ];
  const ok = report.errors.length === 0 && failing.length === 0;
  const summary = `${report.errors.length} errors, ${failing.length} warnings not allowed, ${allowed.length} allowed (${[...new Set(allowed.map((m) => m.code))].join(', ') || 'none'}), ${report.notices.length} notices`;
  return { ok, lines, summary };
}
