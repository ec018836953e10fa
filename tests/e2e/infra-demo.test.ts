/**
 * `npm start -- --headless` works end to end: it builds, serves the demo article, opens a tooltip
 * on the first highlight, saves the screenshot and prints the page's report, with no request
 * leaving 127.0.0.1.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'node:test';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const screenshot = join(root, 'artifacts/demo.png');

it('the headless demo saves a screenshot with the tooltip open and prints the report', () => {
  rmSync(screenshot, { force: true });
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', '--headless'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  assert.equal(run.status, 0, `the demo failed:\n${run.stdout}\n${run.stderr}`);
  assert.ok(statSync(screenshot).mtimeMs >= started - 1000, 'artifacts/demo.png was not written');
  assert.equal(readFileSync(screenshot).toString('latin1', 1, 4), 'PNG');
  const claims = Number(/ (\d+) claims found/.exec(run.stdout)?.[1] ?? 0);
  assert.ok(claims >= 5, `expected the demo article's claims in the report, got ${claims}:\n${run.stdout}`);
  assert.match(run.stdout, /Tooltip \(hovered first highlight\): [a-z0-9-]+: "/);
  assert.match(run.stdout, /Popup lists \d+ claims: [a-z]/);
  assert.match(run.stdout, /Network: \d+ requests, every one to the demo server on 127\.0\.0\.1/);
});
