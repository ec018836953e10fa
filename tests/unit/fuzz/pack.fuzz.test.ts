/**
 * Fuzzing everything a claim pack file passes through before it is stored (src/core/claims/
 * parse.ts, validate.ts, json-text.ts, claimreview.ts and the background's readImport): any
 * bytes, text, JSON value or damaged stored value is answered with a pack or a list of problems,
 * never an exception; nesting far past the limit is refused without recursion; nothing pollutes
 * Object.prototype. Packs full of payloads: pack-payloads.fuzz.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_JSON_DEPTH, parsePackBytes, parsePackText, parsePackValue } from '../../../src/core/claims/parse.js';
import { readJson } from '../../../src/core/claims/json-text.js';
import { validatePack, type Problem } from '../../../src/core/claims/validate.js';
import { importClaimReview, looksLikeClaimReview } from '../../../src/core/claims/claimreview.js';
import { readImport } from '../../../src/background/pack-import.js';
import { PAYLOADS } from '../../fixtures/security/payloads.js';
import { anyText, bundledPack, check } from './arbitraries.js';

type Outcome = { ok: true } | { ok: false; problems: Problem[] };

function assertAnswered(outcome: Outcome): void {
  if (outcome.ok) return;
  assert.ok(outcome.problems.length > 0, 'a refusal names at least one problem');
  for (const problem of outcome.problems) {
    assert.equal(typeof problem.path, 'string');
    assert.ok(typeof problem.message === 'string' && problem.message.length > 0, 'every problem says what is wrong');
  }
}

const payload = fc.constantFrom(...Object.values(PAYLOADS));
/** A string a pack author could write: a payload, random text, or both. */
const hostileString = fc.oneof(payload, anyText(120), fc.tuple(payload, anyText(40)).map(([a, b]) => a + b));

test('any bytes: a pack or problems, never an exception', () => {
  check(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }).map((s) => new TextEncoder().encode(s))), (bytes) => {
      assertAnswered(parsePackBytes(bytes));
    }),
    3000,
  );
});

test('any text (including near-JSON and payloads): the reader, the parser and the import never throw', () => {
  const jsonish = fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', 'u', '0', '1', 'e', '-', '.', ' ', 'true', 'null', '"claims"', '"name"'), maxLength: 60 });
  check(
    fc.property(fc.oneof(anyText(300), jsonish, hostileString), (text) => {
      assertAnswered(parsePackText(text));
      assertAnswered(readImport(text));
      const json = readJson(text);
      if (!json.ok) assert.ok(json.problem.message.length > 0);
    }),
    3000,
  );
});

test('any JSON value: parsing, validation and ClaimReview import never throw', () => {
  check(
    fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
      assertAnswered(parsePackValue(value));
      assertAnswered(validatePack(value));
      assert.equal(typeof looksLikeClaimReview(value), 'boolean');
      assertAnswered(importClaimReview(value));
    }),
    2000,
  );
});

test('any stored value (what a damaged IndexedDB may hand back): validation never throws', () => {
  const stored = fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  });
  check(
    fc.property(stored, (value) => {
      assertAnswered(validatePack(value));
      assertAnswered(validatePack({ ...bundledPack(), claims: [value] }));
    }),
    1500,
  );
});

/** The bundled pack with one value somewhere replaced by something else. */
function damage(pack: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof pack !== 'object' || pack === null) return replacement;
  const keys = Object.keys(pack);
  if (keys.length === 0) return replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(pack) ? [...pack] : { ...(pack as Record<string, unknown>) };
  (copy as Record<string, unknown>)[key] = damage((pack as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

test('a valid pack damaged anywhere: refused with problems that have paths, or still valid', () => {
  const pack = bundledPack();
  check(
    fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileString), (path, replacement) => {
      const damaged = damage(pack, path, replacement);
      const outcome = validatePack(damaged);
      assertAnswered(outcome);
      if (!outcome.ok) assert.ok(outcome.problems.every((p) => p.path !== '' || /pack|claims|JSON|checking stopped/.test(p.message)), JSON.stringify(outcome.problems));
    }),
    1500,
  );
});

test('"__proto__" and "constructor" keys anywhere do not pollute Object.prototype', () => {
  const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'claims', 'name', 'polluted');
  const nested = fc.letrec<{ node: unknown }>((tie) => ({
    node: fc.oneof({ depthSize: 'small' }, fc.constant('yes'), fc.dictionary(key, tie('node'), { maxKeys: 3 }), fc.array(tie('node'), { maxLength: 2 })),
  })).node;
  check(
    fc.property(nested, (value) => {
      const text = JSON.stringify(value).replaceAll('"polluted"', '"__proto__"');
      parsePackText(text);
      readImport(text);
      readImport(`{"@graph":[{"@type":"ClaimReview","__proto__":{"polluted":"yes"},"claimReviewed":${JSON.stringify(text)}}]}`);
      assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
      assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    }),
    500,
  );
});

test('nesting far past the limit is refused without exhausting the stack', () => {
  for (const depth of [MAX_JSON_DEPTH + 1, 10_000, 200_000]) {
    for (const [open, close] of [['[', ']'], ['{"a":', '}']]) {
      const text = open!.repeat(depth) + '1' + close!.repeat(depth);
      const read = parsePackText(text);
      assert.equal(read.ok, false);
      assert.ok(!read.ok && read.problems.some((p) => /deeper than/.test(p.message)), JSON.stringify(!read.ok && read.problems));
    }
  }
});
