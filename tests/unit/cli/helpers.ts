/** Runs the CLI for tests: in-process through `main()` (fast), or as a real process (exit codes, stack traces). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const PACKS = join(ROOT, 'tests/fixtures/packs');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}

/**
 * The command as a user runs it (what bin/sourcelight.mjs does), on the sources through tsx. A
 * process still running after `timeout` is killed and ends with code -1 (a hang, not a speed test).
 */
export function spawnCli(argv: readonly string[], options: { timeout?: number } = {}): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/unit/cli/entry.ts'), ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: options.timeout ?? 20_000,
    maxBuffer: 64 << 20,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
}

/** A stack trace line ("    at fn (file:1:2)") anywhere in the output. */
export const STACK_TRACE = /^\s+at .+[:(]\d+/m;
