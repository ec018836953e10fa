/**
 * `sourcelight validate`: valid packs pass, and every hostile file gets exit code 1, a clear
 * message and no stack trace. Big, deep and binary files are made at test time.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_PACK_BYTES } from '../../../src/core/claims/parse.js';
import { PACKS, ROOT, run, scratch, spawnCli, STACK_TRACE } from './helpers.js';

const dir = scratch();
after(() => rmSync(dir, { recursive: true, force: true }));
const valid = JSON.parse(readFileSync(join(PACKS, 'example.json'), 'utf8')) as Record<string, unknown>;
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

test('the bundled database files and the documentation example validate', async () => {
  const bundled = readdirSync(join(ROOT, 'extension/claims'))
    .filter((name) => name.endsWith('.json') && !name.endsWith('.schema.json'))
    .map((name) => join(ROOT, 'extension/claims', name));
  assert.ok(bundled.length > 0);
  const result = await run('validate', ...bundled, join(PACKS, 'example.json'));
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /example\.json: valid claim pack "Riverton harbor bridge \(example\)".*2 claims, 2 entities/);
});

test('every problem is listed with its JSON path, duplicate claim ids named', async () => {
  const claims = valid.claims as Record<string, unknown>[];
  const broken = {
    ...valid,
    updated: 'last week',
    claims: [claims[0], { ...claims[1], id: claims[0]!.id, status: 'mostly true' }, { id: 'x', status: 'confirmed', sources: [{ kind: 'gossip', who: 'a friend' }] }],
  };
  const result = await run('validate', file('broken.json', JSON.stringify(broken)));
  assert.equal(result.code, 1);
  const lines = result.stderr.trim().split('\n');
  assert.match(lines[0]!, /broken\.json: invalid, 7 problems:/);
  assert.deepEqual(lines.slice(1).map((line) => line.trim()), [
    'claims[0].related[0].claim: no claim "harbor-bridge-closure-denied" in this pack',
    'claims[1].id: duplicate claim id "harbor-bridge-repair-closure" (already used by claims[0])',
    'claims[1].related[0].claim: a claim cannot relate to itself',
    'claims[1].status: must be one of "confirmed", "disputed", "unverified", "denied", "false"',
    'claims[2].sources[0].kind: must be one of "anonymous", "intercept", "document", "on-record", "denial", "relayed"',
    'claims[2].statement: is required (string)',
    'updated: must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
  ]);
});

test('--json reports the same problems as data', async () => {
  const result = await run('validate', '--json', file('wrong-type.json', JSON.stringify({ ...valid, claims: 'none' })), join(PACKS, 'example.json'));
  assert.equal(result.code, 1);
  const report = JSON.parse(result.stdout) as { files: { ok: boolean; problems?: { path: string; message: string }[] }[] };
  assert.deepEqual(report.files[0]!.problems, [{ path: 'claims', message: 'must be an array, not a string' }]);
  assert.equal(report.files[1]!.ok, true);
});

test('an unversioned (version 0) pack is migrated and the changes are listed', async () => {
  const { schemaVersion: _, claims, ...rest } = valid;
  const old = { ...rest, claims: (claims as Record<string, unknown>[]).map(({ statement, ...claim }) => ({ ...claim, text: statement })) };
  const result = await run('validate', file('old.json', JSON.stringify(old)));
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /migrated to the current schema version:\n  schemaVersion: missing: read as the unversioned format 0 and migrated to 1\n  claims\[0\]\.statement: renamed from "text"/);
});

/** name -> how to make it, and what the message must say. */
const HOSTILE: [string, () => string, RegExp][] = [
  ['truncated JSON', () => file('truncated.json', JSON.stringify(valid, null, 2).slice(0, 700)), /not valid JSON at line \d+, column \d+: the text ends too early/],
  ['malformed JSON', () => file('malformed.json', '{"name": "x",\n "claims": [}\n'), /not valid JSON at line 2, column 13/],
  ['top level array', () => file('array.json', '[{"id": "a"}]'), /must be a JSON object .* not an array/],
  ['top level string', () => file('string.json', '"a pack"'), /must be a JSON object .* not a string/],
  ['empty file', () => file('empty.json', ''), /the text ends too early/],
  ['wrong types', () => file('types.json', JSON.stringify({ ...valid, name: ['x'], entities: 3 })), /entities: must be an array, not a number[\s\S]*name: must be a string, not an array/],
  ['missing fields', () => file('missing.json', '{"schemaVersion": 1, "claims": []}'), /license: is required[\s\S]*name: is required[\s\S]*publisher: is required/],
  ['duplicate keys', () => file('dupkeys.json', '{"schemaVersion":1,"name":"a","name":"b"}'), /name: duplicate key "name"/],
  ['deep nesting', () => file('deep.json', '['.repeat(1_000_000) + ']'.repeat(1_000_000)), /nested deeper than 64 levels/],
  ['deep objects', () => file('deep-objects.json', '{"a":'.repeat(100_000) + '0' + '}'.repeat(100_000)), /nested deeper than 64 levels/],
  ['binary garbage', () => file('garbage.json', new Uint8Array(256 * 1024).map((_, i) => (i * 2654435761) >>> 24)), /binary data, not JSON text/],
  ['invalid UTF-8', () => file('latin1.json', new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d])), /not valid UTF-8 text \(bad byte sequence at byte 6\)/],
  ['UTF-16', () => file('utf16.json', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00])), /UTF-16 text; save it as UTF-8/],
  ['above the size limit', () => sparse('huge.json', MAX_PACK_BYTES + 1), /is 32 MiB, larger than the 32 MiB limit for claim packs/],
  ['far above the size limit', () => sparse('enormous.json', 8 * 1024 ** 3), /is 8192 MiB, larger than the 32 MiB limit/],
  ['a directory', () => (mkdirSync(join(dir, 'folder.json'), { recursive: true }), join(dir, 'folder.json')), /is a directory, not a file/],
  ['a FIFO that never ends', () => fifo('pipe.json'), /is not a regular file/],
  ['a missing file', () => join(dir, 'nothing-here.json'), /no such file/],
  ['ClaimReview given to validate', () => file('review.json', JSON.stringify({ '@context': 'https://schema.org', '@type': 'ClaimReview' })), /sourcelight import-claimreview/],
];

function sparse(name: string, size: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size);
  closeSync(fd);
  return path;
}

function fifo(name: string): string {
  const path = join(dir, name);
  execFileSync('mkfifo', [path]);
  return path;
}

for (const [name, make, expected] of HOSTILE) {
  // The timeout guards against a hang (a pipe read to its end would never return), not speed.
  test(`hostile input, ${name}: exit 1, a clear message, no stack trace`, { timeout: 60_000 }, async () => {
    const path = make();
    const result = await run('validate', path);
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stderr, expected);
    assert.doesNotMatch(result.stderr, STACK_TRACE);
  });
}

test('as a real process, hostile files still end with exit 1 and no stack trace', () => {
  const paths = [HOSTILE[0]![1](), join(dir, 'deep.json'), join(dir, 'garbage.json'), join(dir, 'enormous.json'), join(dir, 'pipe.json')];
  const result = spawnCli(['validate', ...paths]);
  assert.equal(result.code, 1);
  assert.equal(result.stderr.match(/: invalid, 1 problem:/g)?.length, paths.length, result.stderr);
  assert.doesNotMatch(result.stderr, STACK_TRACE);
});

test('strings full of HTML or script are valid and kept as written', async () => {
  const statement = '<script>alert("x")</script><img src=x onerror=alert(1)> & more';
  const claims = valid.claims as Record<string, unknown>[];
  const path = file('html.json', JSON.stringify({ ...valid, claims: [{ ...claims[0], statement }, claims[1]] }));
  const result = await run('validate', '--json', path);
  assert.equal(result.code, 0, result.stderr);
});
