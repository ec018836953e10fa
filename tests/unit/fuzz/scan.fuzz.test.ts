/**
 * Fuzzing the claim matcher and the scan (src/core/scan.ts with compileMatcher over the bundled
 * database), on news-like pages built from the database's own names and phrasings (so matches
 * really happen) and on raw code units: no throw, every offset inside its block, every
 * sentence's text the block's slice, known claim ids, scores in [0, 1], same input same output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileMatcher } from '../../../src/core/match/index.js';
import { scanBlocks } from '../../../src/core/scan.js';
import { SOURCING_KINDS } from '../../../src/core/sourcing-kinds.js';
import type { SentenceResult } from '../../../src/core/report.js';
import { blocks, bundledPack, check } from './arbitraries.js';

const matcher = compileMatcher([bundledPack()], ['bundled:fuzz']);
const confidence = fc.constantFrom<'confident' | 'possible'>('confident', 'possible');

function assertWellFormed(page: readonly string[], results: readonly SentenceResult[]): void {
  let last = -1;
  for (const result of results) {
    const block = page[result.block];
    assert.ok(block !== undefined, `block ${result.block} exists`);
    assert.ok(0 <= result.start && result.start < result.end && result.end <= block.length, `sentence ${result.start}-${result.end} inside block of ${block.length}`);
    assert.equal(result.text, block.slice(result.start, result.end));
    const position = result.block * 1e7 + result.start;
    assert.ok(position > last, 'results in reading order, one per sentence');
    last = position;
    assert.ok(result.claims.length + result.sourcing.length > 0, 'only sentences with a claim or a cue are returned');
    for (const hit of result.claims) {
      assert.ok(matcher.getClaim(hit.id), `unknown claim id ${hit.id}`);
      assert.ok(Number.isFinite(hit.score) && hit.score >= 0 && hit.score <= 1, `score ${hit.score} in [0, 1]`);
      assert.ok(hit.confidence === 'confident' || hit.confidence === 'possible');
      assert.ok(Array.isArray(hit.reasons) && hit.reasons.every((reason) => typeof reason === 'string'));
      for (const id of hit.related ?? []) assert.ok(matcher.getClaim(id), `unknown related claim id ${id}`);
    }
    for (const cue of result.sourcing) {
      assert.ok(SOURCING_KINDS.includes(cue.kind), `kind ${cue.kind}`);
      assert.ok(result.start <= cue.start && cue.start < cue.end && cue.end <= result.end, `cue ${cue.start}-${cue.end} inside its sentence ${result.start}-${result.end}`);
      assert.equal(cue.cue, block.slice(cue.start, cue.end));
    }
  }
}

let pagesScanned = 0;
let sentencesWithClaims = 0;

test('scanning any page never throws and every result is well formed', (t) => {
  check(
    fc.property(blocks(), confidence, (page, level) => {
      const results = scanBlocks(page, matcher, { confidence: level });
      assertWellFormed(page, results);
      if (level === 'confident') assert.ok(results.every((r) => r.claims.every((hit) => hit.confidence === 'confident')));
      pagesScanned++;
      sentencesWithClaims += results.filter((r) => r.claims.length > 0).length;
    }),
    600,
  );
  // The generator must reach the matcher, or this test proves little.
  assert.ok(sentencesWithClaims > 20, `only ${sentencesWithClaims} sentences with a claim in ${pagesScanned} pages`);
  t.diagnostic(`${pagesScanned} pages scanned, ${sentencesWithClaims} sentences with a claim`);
});

test('deterministic: a fresh scan of the same page gives the same results', () => {
  check(
    fc.property(blocks(), (page) => {
      assert.deepEqual(scanBlocks(page, matcher, { confidence: 'possible' }), scanBlocks(page, matcher, { confidence: 'possible' }));
    }),
    200,
  );
});

test('a compiled matcher is not changed by scanning: results do not depend on what was scanned before', () => {
  check(
    fc.property(blocks(), blocks(), (first, second) => {
      const fresh = compileMatcher([bundledPack()], ['bundled:fuzz']);
      const alone = scanBlocks(second, fresh);
      scanBlocks(first, matcher);
      assert.deepEqual(scanBlocks(second, matcher), alone);
    }),
    60,
  );
});

test('confident results are exactly the possible-level results without possible hits', () => {
  check(
    fc.property(blocks(), (page) => {
      const possible = scanBlocks(page, matcher, { confidence: 'possible' });
      const expected = possible
        .map((r) => ({ ...r, claims: r.claims.filter((hit) => hit.confidence === 'confident') }))
        .filter((r) => r.claims.length + r.sourcing.length > 0);
      assert.deepEqual(scanBlocks(page, matcher, { confidence: 'confident' }), expected);
    }),
    200,
  );
});
