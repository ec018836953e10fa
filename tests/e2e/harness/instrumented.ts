/**
 * The extension as the bench builds it: the same sources with the content script's User Timing
 * marks compiled in (`sourcelight:start`, `first-highlight`, `painted`, `longest-task`), which
 * the shipped build leaves out so pages cannot detect Sourcelight. Tests that measure the
 * content script load this copy; it is built once per process into a temporary directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExtensionInto } from '../../../scripts/lib/extension-build.js';

const ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
let built: Promise<string> | undefined;

export function instrumentedDist(): Promise<string> {
  built ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-instrumented-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    await buildExtensionInto(ROOT, dir, { instrumented: true });
    return dir;
  })();
  return built;
}
