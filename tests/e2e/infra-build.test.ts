/**
 * The build (scripts/build.ts, scripts/lib/extension-build.ts): the shipped content script
 * leaves nothing in the page's shared performance timeline (a page could read marks and
 * detect Sourcelight), while the bench's instrumented copy of the same sources does; and dist/
 * is replaced in one step, so a build, even a failed one, never leaves running tests without
 * an extension.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, it } from 'node:test';
import { buildAtomically, buildExtensionInto } from '../../scripts/lib/extension-build.js';
import { DIST } from './harness/browsers.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** What would show the content script to the page: User Timing calls and our mark names. */
const TIMELINE_TRACES = [/performance\.mark\s*\(/, /performance\.measure\s*\(/, /sourcelight:/];
/** The lexicons only the background's scan needs (lexicon/names.json is the content script's, for the page's own outlet). */
const LEXICONS = ['src/core/sourcing/lexicon', 'src/core/match/lexicon'].flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((file) => file.endsWith('.json') && file !== 'names.json')
    .map((file) => `${dir}/${file}`),
);
/** content-script-gzip's target in issue #7. */
const CONTENT_GZIP_BUDGET = 40_960;

describe('the shipped build', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-build-test-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it('has a content script that makes no performance marks or measures; the bench copy does', async () => {
    const shipped = join(scratch, 'shipped');
    const instrumented = join(scratch, 'instrumented');
    await buildExtensionInto(ROOT, shipped);
    await buildExtensionInto(ROOT, instrumented, { instrumented: true });
    const shippedScript = readFileSync(join(shipped, 'content.js'), 'utf8');
    for (const trace of TIMELINE_TRACES) assert.equal(trace.test(shippedScript), false, `shipped content.js matches ${trace}`);
    const benchScript = readFileSync(join(instrumented, 'content.js'), 'utf8');
    for (const trace of TIMELINE_TRACES) assert.equal(trace.test(benchScript), true, `the instrumented content.js should match ${trace}`);
    // The bench measures the same code: only the marks differ.
    assert.ok(Math.abs(benchScript.length - shippedScript.length) < 1_000, `${benchScript.length} vs ${shippedScript.length} bytes`);
    // Every tab evaluates it: the tagger's and matcher's lexicons stay in the background (one
    // import of lexicon.ts once doubled it and added a 40 ms task to every page).
    for (const lexicon of LEXICONS) {
      const { $comment } = JSON.parse(readFileSync(join(ROOT, lexicon), 'utf8')) as { $comment?: string };
      if ($comment) assert.equal(shippedScript.includes(JSON.stringify($comment).slice(1, 60)), false, `content.js bundles ${lexicon}`);
    }
    assert.ok(gzipSync(shippedScript, { level: 9 }).length <= CONTENT_GZIP_BUDGET, 'content.js over its gzip budget (issue #7)');
  });

  it('dist/content.js, as built, makes none either', (t) => {
    const file = join(DIST, 'content.js');
    if (!existsSync(file)) return t.skip('dist/ is not built');
    const script = readFileSync(file, 'utf8');
    for (const trace of TIMELINE_TRACES) assert.equal(trace.test(script), false, `dist/content.js matches ${trace}`);
  });
});

describe('building into dist/', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-atomic-test-'));
  after(() => rmSync(scratch, { recursive: true, force: true }));
  const target = join(scratch, 'dist');
  const leftovers = () => readdirSync(scratch).filter((name) => name !== 'dist');

  it('keeps the old extension in place while building, then swaps in the new one', async () => {
    mkdirSync(target);
    writeFileSync(join(target, 'content.js'), 'old');
    await buildAtomically(target, async (staging) => {
      mkdirSync(staging);
      writeFileSync(join(staging, 'content.js'), 'new');
      assert.equal(readFileSync(join(target, 'content.js'), 'utf8'), 'old', 'the old build is whole while the new one is made');
    });
    assert.equal(readFileSync(join(target, 'content.js'), 'utf8'), 'new');
    assert.deepEqual(leftovers(), []);
  });

  it('leaves the old extension as it was when the build fails', async () => {
    await assert.rejects(
      buildAtomically(target, async (staging) => {
        mkdirSync(staging);
        writeFileSync(join(staging, 'content.js'), 'half');
        throw new Error('a core file mid-edit');
      }),
      /mid-edit/,
    );
    assert.equal(readFileSync(join(target, 'content.js'), 'utf8'), 'new');
    assert.deepEqual(leftovers(), []);
  });

  it('creates the target when there was none', async () => {
    rmSync(target, { recursive: true, force: true });
    await buildAtomically(target, async (staging) => {
      mkdirSync(staging);
      writeFileSync(join(staging, 'manifest.json'), '{}');
    });
    assert.deepEqual(readdirSync(target), ['manifest.json']);
    assert.deepEqual(leftovers(), []);
  });
});
