/**
 * Hostile and broken pack files: each is refused with a clear problem, without throwing. What
 * keeps hostile input cheap is checked by what it is refused for (size before parsing, depth
 * before recursion), not by timing; the timeouts only guard against a hang.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_JSON_DEPTH, MAX_PACK_BYTES, MAX_PACK_CHARS, parsePackBytes, parsePackText, parsePackValue, type PackParse } from '../../../../src/core/claims/parse.js';

const minimal = { schemaVersion: 1, name: 'Test pack', publisher: 'Tests', version: '1', updated: '2024-01-01', license: 'CC0-1.0', claims: [{ id: 'c1', statement: 'Something happened.', status: 'confirmed' }] };
const encode = (text: string) => new TextEncoder().encode(text);

function problems(result: PackParse): string[] {
  assert.equal(result.ok, false, 'expected the pack to be refused');
  return result.ok ? [] : result.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
}

const HANG_GUARD = { timeout: 60_000 };

test('a valid pack parses, from text and from bytes (a UTF-8 byte-order mark is accepted)', () => {
  const text = JSON.stringify(minimal);
  for (const result of [parsePackText(text), parsePackBytes(encode(text)), parsePackBytes(encode('\ufeff' + text))]) {
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.pack.claims[0]!.id, 'c1');
    assert.deepEqual(result.changes, []);
  }
});

test('truncated JSON says where it ends and what it was inside', () => {
  const text = JSON.stringify(minimal, null, 2);
  const cut = text.slice(0, text.indexOf('"statement"') + 5);
  const [message] = problems(parsePackText(cut));
  assert.match(message!, /^not valid JSON at line \d+, column \d+: the text ends too early/);
  assert.match(message!, /inside claims\[0\]/);
});

test('malformed JSON gives line and column', () => {
  const cases: [string, RegExp][] = [
    ['{\n  "name": "x",\n  "claims": [1, 2,, 3]\n}', /line 3, column 19: expected a value/],
    ["{'name': 'x'}", /line 1, column 2: expected a "quoted" key/],
    ['{"a": 1} trailing', /unexpected text after the end/],
    ['{"a": "line\nbreak"}', /control character/],
    ['{"a": "\\x"}', /invalid escape/],
    ['', /the text ends too early/],
  ];
  for (const [text, expected] of cases) assert.match(problems(parsePackText(text))[0]!, expected);
});

test('a top level that is not an object is refused, naming what it is', () => {
  for (const [text, kind] of [['[]', 'an array'], ['"pack"', 'a string'], ['42', 'a number'], ['null', 'null'], ['true', 'a boolean']] as const) {
    const [message] = problems(parsePackText(text));
    assert.match(message!, new RegExp(`must be a JSON object.*not ${kind}`));
  }
});

test('ClaimReview JSON-LD given as a pack points at the importer', () => {
  const review = { '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'x' };
  for (const value of [review, [review], { '@graph': [review] }]) assert.match(problems(parsePackValue(value))[0]!, /import-claimreview/);
});

test('duplicate keys, which JSON.parse would silently resolve, are refused with their path', () => {
  const text = '{"schemaVersion":1,"name":"a","name":"b","claims":[{"id":"x","id":"y"}]}';
  assert.deepEqual(problems(parsePackText(text)), ['name: duplicate key "name" (only one value per key is allowed)', 'claims[0].id: duplicate key "id" (only one value per key is allowed)']);
});

test(`nesting deeper than ${MAX_JSON_DEPTH} levels is refused before anything recursive sees it`, HANG_GUARD, () => {
  for (const depth of [MAX_JSON_DEPTH + 1, 100_000, 5_000_000]) {
    const text = '['.repeat(depth) + ']'.repeat(depth);
    const [message] = problems(parsePackText(text));
    assert.match(message!, new RegExp(`nested deeper than ${MAX_JSON_DEPTH} levels`));
  }
  const objects = '{"a":'.repeat(200_000) + '1' + '}'.repeat(200_000);
  assert.match(problems(parsePackText(objects))[0]!, /nested deeper/);
  // Nesting within the limit is only a schema problem.
  const nested = { ...minimal, description: undefined, lexicon: { deep: [JSON.parse('['.repeat(40) + ']'.repeat(40))] } };
  assert.match(problems(parsePackValue(nested)).join('\n'), /lexicon\.deep\[0\]: must be a string/);
});

test('binary garbage, NUL bytes, UTF-16 and invalid UTF-8 are refused with the byte offset', () => {
  const random = new Uint8Array(64 * 1024).map((_, i) => (i * 7919 + 13) % 256);
  assert.match(problems(parsePackBytes(random))[0]!, /binary data.*NUL byte at byte \d+/);
  assert.match(problems(parsePackBytes(encode('{"name":"a\0b"}')))[0]!, /NUL byte at byte 10/);
  assert.match(problems(parsePackText('{"name":"a\0b"}'))[0]!, /NUL character at offset 10/);
  assert.match(problems(parsePackBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00])))[0]!, /UTF-16/);
  const latin1 = new Uint8Array([...encode('{"name":"caf'), 0xe9, ...encode('"}')]);
  assert.match(problems(parsePackBytes(latin1))[0]!, /not valid UTF-8 text \(bad byte sequence at byte 12\)/);
  const overlong = new Uint8Array([...encode('{"a":"'), 0xc0, 0xaf, ...encode('"}')]);
  assert.match(problems(parsePackBytes(overlong))[0]!, /at byte 6/);
  const surrogate = new Uint8Array([...encode('{"a":"'), 0xed, 0xa0, 0x80, ...encode('"}')]);
  assert.match(problems(parsePackBytes(surrogate))[0]!, /at byte 6/);
});

test(`files above ${MAX_PACK_BYTES / 1024 / 1024} MiB are refused by size alone`, HANG_GUARD, () => {
  assert.equal(MAX_PACK_CHARS, MAX_PACK_BYTES);
  // NUL bytes and spaces would each be refused for what they are, if anything read them.
  const big = problems(parsePackBytes(new Uint8Array(MAX_PACK_BYTES + 1)));
  assert.match(big[0]!, /larger than the 32 MiB limit/);
  const text = ' '.repeat(MAX_PACK_CHARS + 1);
  assert.deepEqual(problems(parsePackText(text)).length, 1);
  assert.match(problems(parsePackText(text))[0]!, /larger than the 32 MiB limit/);
});

test('strings full of HTML or script are kept as inert text, exactly as written', () => {
  const statement = '<img src=x onerror="alert(1)"><script>document.cookie</script> & "quotes"';
  const result = parsePackValue({ ...minimal, claims: [{ ...minimal.claims[0], statement, statusNote: '</div><iframe src="javascript:alert(2)">' }] });
  assert.ok(result.ok);
  assert.equal(result.pack.claims[0]!.statement, statement);
});

test('wrong types and missing fields are each listed with their path', () => {
  const list = problems(parsePackValue({ schemaVersion: 1, name: 7, version: '1', updated: 'yesterday', license: '', claims: {} }));
  assert.deepEqual(list, [
    'claims: must be an array, not an object',
    'license: must not be empty',
    'name: must be a string, not a number',
    'publisher: is required (string)',
    'updated: must be a date written YYYY, YYYY-MM or YYYY-MM-DD',
  ]);
});

test('schemaVersion: newer versions and nonsense are refused, older ones migrated', () => {
  assert.match(problems(parsePackValue({ ...minimal, schemaVersion: 99 }))[0]!, /^schemaVersion: version 99 is newer than this Sourcelight understands/);
  assert.match(problems(parsePackValue({ ...minimal, schemaVersion: '1' }))[0]!, /^schemaVersion: must be a whole number/);
  assert.match(problems(parsePackValue({ ...minimal, schemaVersion: 1.5 }))[0]!, /^schemaVersion: must be a whole number/);
  const { schemaVersion: _, ...unversioned } = minimal;
  const result = parsePackValue(unversioned);
  assert.ok(result.ok);
  assert.equal(result.pack.schemaVersion, 1);
  assert.match(result.changes[0]!.message, /missing: read as the unversioned format 0/);
});

test('a large valid pack (20,000 claims) parses whole', HANG_GUARD, () => {
  const claims = Array.from({ length: 20_000 }, (_, i) => ({ id: `claim-${i}`, statement: `Statement number ${i} about a council vote.`, status: 'unverified', sources: [{ kind: 'anonymous', who: 'people familiar with the matter' }] }));
  const result = parsePackText(JSON.stringify({ ...minimal, claims }));
  assert.ok(result.ok);
  assert.equal(result.pack.claims.length, 20_000);
});
