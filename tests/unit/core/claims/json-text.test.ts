/** The strict JSON reader agrees with JSON.parse on what is JSON, and adds positions, depth and duplicate keys. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lineColumn, readJson } from '../../../../src/core/claims/json-text.js';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

test('any JSON value (shallower than the limit) reads to the same value as JSON.parse', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 8 }), fc.boolean(), (value, pretty) => {
      const text = JSON.stringify(value, null, pretty ? 2 : undefined);
      const read = readJson(text);
      assert.ok(read.ok, text);
      assert.deepEqual(read.value, JSON.parse(text));
      assert.deepEqual(read.duplicates, []);
    }),
    { numRuns: 300 },
  );
});

test('any text: accepted exactly when JSON.parse accepts it (no false alarms, nothing let through)', () => {
  const jsonish = fc.stringMatching(/^[\s{}[\]",:0-9a-z.eE+\-\\]{0,24}$/);
  fc.assert(
    fc.property(fc.oneof(fc.string(), jsonish), (text) => {
      assert.equal(readJson(text).ok, parses(text), JSON.stringify(text));
    }),
    { numRuns: 3000 },
  );
});

test('errors carry 1-based line and column', () => {
  assert.equal(lineColumn('ab\ncd\nef', 0), 'line 1, column 1');
  assert.equal(lineColumn('ab\ncd\nef', 4), 'line 2, column 2');
  assert.equal(lineColumn('ab\ncd\nef', 6), 'line 3, column 1');
  const read = readJson('{\n  "a": [\n    1,\n    oops\n  ]\n}');
  assert.ok(!read.ok);
  assert.match(read.problem.message, /^not valid JSON at line 4, column 5: expected a value .*\(inside a\[1\]\)$/);
});

test('duplicate keys are found at any depth, also when written with escapes', () => {
  const read = readJson('{"a": {"k": 1, "\\u006b": 2}, "list": [{"x": 1}, {"x": 1, "y": 2, "x": 3}]}');
  assert.ok(read.ok);
  assert.deepEqual(read.duplicates.map((d) => d.path), ['a.k', 'list[1].x']);
});

test('the depth limit counts both objects and arrays, and is configurable', () => {
  assert.ok(readJson('[[[1]]]', 3).ok);
  assert.ok(!readJson('[[[[1]]]]', 3).ok);
  assert.ok(!readJson('{"a":{"b":[{"c":1}]}}', 3).ok);
});
