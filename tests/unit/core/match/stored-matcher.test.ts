/**
 * A compiled matcher stored as plain data (the background's cache across service-worker stops)
 * must scan exactly as the compiled one, and stored data that is damaged or of another format
 * must give no matcher at all, never one that misreads.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { generatePack } from '../../../../bench/generate-pack.js';
import { MATCHER_FORMAT, compileMatcher, restoreMatcher, serializeMatcher, type ClaimMatcher } from '../../../../src/core/match/index.js';
import { scanBlocks } from '../../../../src/core/scan.js';
import { bundled, bundledPacks } from './helpers.js';

const fixtures = join(fileURLToPath(new URL('.', import.meta.url)), '../../../fixtures/claims');
/** One line is one block, as the labelled fixtures are read. */
const documents = readdirSync(fixtures)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(fixtures, name), 'utf8').split('\n'));

/** As IndexedDB hands it back: a structured clone. */
const roundTrip = (matcher: ClaimMatcher) => restoreMatcher(structuredClone(serializeMatcher(matcher)));

function assertScansAlike(original: ClaimMatcher, restored: ClaimMatcher, texts: readonly (readonly string[])[]): number {
  let hits = 0;
  for (const blocks of texts) {
    const expected = scanBlocks(blocks, original, { confidence: 'possible' });
    assert.equal(JSON.stringify(scanBlocks(blocks, restored, { confidence: 'possible' })), JSON.stringify(expected));
    for (const hit of expected.flatMap((sentence) => sentence.claims)) {
      hits++;
      assert.deepEqual(restored.getClaim(hit.id), original.getClaim(hit.id));
    }
  }
  return hits;
}

describe('stored matcher', () => {
  it('scans the fixture articles exactly as the compiled matcher, reasons and claim views included', () => {
    const restored = roundTrip(bundled);
    assert.ok(restored);
    assert.equal(restored.claimCount, bundled.claimCount);
    assert.ok(assertScansAlike(bundled, restored, documents) > 20, 'the fixtures hit claims');
    for (const claim of bundledPacks.flatMap((pack) => pack.claims)) assert.deepEqual(restored.getClaim(claim.id), bundled.getClaim(claim.id));
    assert.equal(restored.getClaim('no-such-claim'), undefined);
  });

  it('keeps a large pack\'s shared names, crowded pairs and derived wordings', () => {
    const generated = generatePack({ claims: 3000, seed: 3 });
    const original = compileMatcher([...bundledPacks, generated]);
    const restored = roundTrip(original);
    assert.ok(restored);
    const statements = generated.claims.slice(0, 400).map((claim) => [claim.statement, ...(claim.match?.phrasings ?? [])]);
    assert.ok(assertScansAlike(original, restored, [...documents, ...statements]) > 400);
  });

  it('gives no matcher for data of another format or damaged data', () => {
    const stored = serializeMatcher(bundled);
    const damaged = (damage: (data: any) => void) => {
      const data = structuredClone(stored) as any;
      damage(data);
      return restoreMatcher(data);
    };
    assert.ok(damaged(() => undefined), 'intact data restores');
    for (const value of [null, undefined, 42, 'matcher', [], {}]) assert.equal(restoreMatcher(value), null);
    assert.equal(damaged((data) => (data.format = MATCHER_FORMAT + 1)), null, 'another format');
    assert.equal(damaged((data) => (data.mark = 'other')), null);
    assert.equal(damaged((data) => delete data.table.stems), null, 'a field missing');
    assert.equal(damaged((data) => (data.patterns.claim = Array.from(data.patterns.claim))), null, 'a plain array for a typed one');
    assert.equal(damaged((data) => (data.patterns.weights = data.patterns.weights.subarray(1))), null, 'a truncated array');
    assert.equal(damaged((data) => (data.postings.data[0] = 1e9)), null, 'an index past its table');
    assert.equal(damaged((data) => (data.claims.actors.values[0] = -2)), null);
    assert.equal(damaged((data) => (data.groups.offsets[1] = data.groups.values.length + 1)), null, 'offsets past their values');
    assert.equal(damaged((data) => (data.table.stems[1] = data.table.stems[0])), null, 'a stem twice');
    assert.equal(damaged((data) => (data.table.features[0].kind = 'gadget')), null);
    assert.equal(damaged((data) => (data.claims.ids[1] = data.claims.ids[0])), null, 'a claim id twice');
    assert.equal(damaged((data) => (data.postings.pairB[0] = data.postings.pairA[0])), null);
  });

  it('never throws on damage anywhere, and a damaged claim view reads as no claim, not a wrong one', () => {
    const stored = serializeMatcher(bundled) as any;
    // Every field of the stored data in turn replaced by something of the wrong kind.
    const paths: string[][] = [];
    const walk = (value: any, path: string[]) => {
      if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !Array.isArray(value)) for (const key of Object.keys(value)) walk(value[key], [...path, key]);
      else paths.push(path);
    };
    walk(stored, []);
    assert.ok(paths.length > 40);
    for (const path of paths) {
      for (const replacement of [null, 7, 'x', [1, -1], new Int32Array([5, 1e9]), { offsets: 1 }]) {
        const data = structuredClone(stored);
        let parent = data;
        for (const key of path.slice(0, -1)) parent = parent[key];
        parent[path.at(-1)!] = replacement;
        assert.doesNotThrow(() => restoreMatcher(data), path.join('.'));
      }
    }
    const data = structuredClone(stored);
    data.claims.views[0] = '{"id": "someone-else"';
    const restored = restoreMatcher(data);
    assert.ok(restored);
    assert.equal(restored.getClaim(data.claims.ids[0]), undefined);
    assert.deepEqual(restored.getClaim(data.claims.ids[1]), bundled.getClaim(data.claims.ids[1]));
  });
});
