/**
 * Fuzzing the normaliser (src/core/normalize.ts): whatever the text, the map back to original
 * offsets stays in bounds and in order, and a word found in the normalised copy maps back to
 * exactly where it stands in the original, which is what painting a match relies on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalize, toOriginal, toOriginalEnd } from '../../../src/core/normalize.js';
import { SPECIAL_CHARS, anyText, check } from './arbitraries.js';

test('the offset map is complete, in bounds and monotonic for any text', () => {
  check(
    fc.property(anyText(), (original) => {
      const n = normalize(original);
      if (n.offsets === null) {
        assert.equal(n.text.length, original.length, 'a one-to-one result keeps the length');
        return;
      }
      assert.equal(n.offsets.length, n.text.length + 1);
      assert.equal(n.offsets[n.text.length], original.length, 'the last entry is the original length');
      for (let i = 0; i < n.text.length; i++) {
        assert.ok(n.offsets[i]! < original.length, `offset ${i} inside the original`);
        if (i > 0) assert.ok(n.offsets[i]! >= n.offsets[i - 1]!, `offsets never go back (at ${i})`);
      }
    }),
    3000,
  );
});

test('toOriginal and toOriginalEnd give ordered offsets inside the original for every normalised span', () => {
  check(
    fc.property(anyText(), fc.nat(), fc.nat(), (original, a, b) => {
      const n = normalize(original);
      const start = n.text.length ? a % (n.text.length + 1) : 0;
      const end = start + (n.text.length - start ? b % (n.text.length - start + 1) : 0);
      const from = toOriginal(n, start);
      const to = toOriginalEnd(n, end);
      assert.ok(from >= 0 && from <= original.length, `start ${from} in [0, ${original.length}]`);
      assert.ok(to >= 0 && to <= original.length, `end ${to} in [0, ${original.length}]`);
      if (end > start) assert.ok(to > from, `a non-empty span maps to a non-empty span (${from}, ${to})`);
    }),
    3000,
  );
});

test('every letter and digit of the normalised text comes from the original character it maps to', () => {
  check(
    fc.property(anyText(), (original) => {
      const n = normalize(original);
      for (let i = 0; i < n.text.length; i++) {
        const char = n.text[i]!;
        if (!/[a-z0-9]/.test(char)) continue;
        const at = toOriginal(n, i);
        const source = original[at]!;
        // The source folds to this letter on its own (case, accents, ligatures such as "ﬁ").
        assert.ok(normalize(source).text.includes(char), `normalised ${JSON.stringify(char)} at ${i} maps to ${JSON.stringify(source)} at ${at}`);
      }
    }),
    3000,
  );
});

test('round trip: a word placed anywhere maps back to exactly its place in the original', () => {
  const noise = fc.string({ unit: fc.constantFrom(...SPECIAL_CHARS, 'A', 'z', ' ', '9'), maxLength: 40 });
  check(
    fc.property(noise, noise, fc.constantFrom('Kislyak', 'SESSIONS', 'intercepts', 'U.S.'), (before, after, word) => {
      const original = `${before} ${word} ${after}`;
      const at = before.length + 1;
      const n = normalize(original);
      const wanted = word.toLowerCase();
      const found: [number, number][] = [];
      for (let i = n.text.indexOf(wanted); i !== -1; i = n.text.indexOf(wanted, i + 1)) {
        found.push([toOriginal(n, i), toOriginalEnd(n, i + wanted.length)]);
      }
      assert.ok(
        found.some(([start, end]) => start === at && end === at + word.length),
        `${JSON.stringify(word)} at ${at} in ${JSON.stringify(original)}; mapped occurrences ${JSON.stringify(found)}`,
      );
      for (const [start, end] of found) assert.equal(normalize(original.slice(start, end)).text.includes(wanted), true);
    }),
    3000,
  );
});

test('normalising twice changes nothing more (what the matcher compiles and what it scans agree)', () => {
  check(
    fc.property(anyText(), (original) => {
      const once = normalize(original).text;
      assert.equal(normalize(once).text, once);
    }),
    2000,
  );
});

test('deterministic: the same text always gives the same result', () => {
  check(
    fc.property(anyText(), (original) => {
      const a = normalize(original);
      const b = normalize(original);
      assert.equal(a.text, b.text);
      assert.deepEqual(a.offsets && [...a.offsets], b.offsets && [...b.offsets]);
    }),
    500,
  );
});
