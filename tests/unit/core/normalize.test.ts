import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalize, toOriginal, toOriginalEnd } from '../../../src/core/normalize.js';

test('folds case, quotes, spaces, dashes and accents one to one', () => {
  const { text, offsets } = normalize('\u201cSessions\u2019 meeting\u201d\u00a0\u2013 Caf\u00e9 \u2010 MOSCOW');
  assert.equal(text, '"sessions\' meeting" \u2014 cafe - moscow');
  assert.equal(offsets, null, 'nothing dropped or expanded, so no map is needed');
});

test('drops soft hyphens and zero-width characters and maps back to the original', () => {
  const original = 'Kis\u00adlyak met Ses\u200bsions\ufeff.';
  const normalized = normalize(original);
  assert.equal(normalized.text, 'kislyak met sessions.');
  const at = normalized.text.indexOf('sessions');
  const start = toOriginal(normalized, at);
  const end = toOriginalEnd(normalized, at + 'sessions'.length);
  assert.equal(original.slice(start, end), 'Ses\u200bsions');
});

test('expands an ellipsis to three dots that all map to it', () => {
  const original = 'Wait\u2026 what';
  const normalized = normalize(original);
  assert.equal(normalized.text, 'wait... what');
  assert.equal(toOriginal(normalized, 5), 4);
  assert.equal(toOriginal(normalized, 6), 4);
  assert.equal(toOriginalEnd(normalized, 7), 5);
  assert.equal(original.slice(toOriginal(normalized, 8)), 'what');
});

test('the one letter whose lower case is two characters (dotted capital I) folds to a plain i', () => {
  const original = '\u0130stanbul talks';
  const normalized = normalize(original);
  assert.equal(normalized.text, 'istanbul talks');
  assert.equal(toOriginal(normalized, 9), original.indexOf('talks'));
});

test('round trip: any ASCII word placed in noisy text maps back to its exact original span', () => {
  const noise = fc.string({ unit: fc.constantFrom(' ', '\u00ad', '\u200b', '\u2026', '\u201c', '\u00a0', 'A', 'é', '\u0130', '-'), maxLength: 12 });
  fc.assert(
    fc.property(noise, fc.stringMatching(/^[a-z]{3,8}$/), noise, (before, word, after) => {
      const original = `${before} ${word.toUpperCase()} ${after}`;
      const normalized = normalize(original);
      const at = normalized.text.indexOf(` ${word} `) + 1;
      assert.ok(at > 0);
      assert.equal(original.slice(toOriginal(normalized, at), toOriginalEnd(normalized, at + word.length)), word.toUpperCase());
    }),
    { numRuns: 300 },
  );
});
