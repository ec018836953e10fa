/**
 * What the background keeps of a frame's scans and builds from them: blocks from scan results
 * (text kept only where something was found), a newer session replacing an older one, the
 * blocks a report names (and which are missing), the profile's input, claims as the popup lists
 * them (only where the background found them), pruning to the named blocks, and the size count.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SentenceResult } from '../../../src/core/report.js';
import type { ClaimView } from '../../../src/platform/messages.js';
import { addBlocks, blockScans, foundClaim, heldHits, keepBlocks, namedBlocks, profileInput, sizeOf, type BlockScan, type FrameScans } from '../../../src/background/frame-scans.js';

const texts = ['Officials said the claim-a talks happened. Then nothing.', 'Plain words.'];
const results: SentenceResult[] = [
  {
    block: 0,
    start: 0,
    end: 42,
    text: 'Officials said the claim-a talks happened.',
    claims: [{ id: 'claim-a', score: 0.8, confidence: 'possible', reasons: ['named claim-a'], related: ['claim-b'] }],
    sourcing: [
      { kind: 'anonymous', cue: 'Officials said', start: 0, end: 14 },
      { kind: 'denial', cue: 'nothing', start: 48, end: 55 },
    ],
  },
];
const view = { id: 'claim-a', statement: 'Statement of claim-a.', status: 'disputed' } as ClaimView;
const scansOf = (blocks: BlockScan[]): FrameScans => ({ document: 'd', session: 1, blocks: Object.fromEntries(blocks.map((block, i) => [i + 1, block])) });

describe('frame scans', () => {
  it('turn scan results into one block per text; a block without findings keeps no text', () => {
    const [first, second] = blockScans(texts, results, [2, 1]);
    assert.deepEqual(first, {
      text: texts[0],
      sentenceCount: 2,
      sentences: [{ start: 0, end: 42, hits: results[0]!.claims, cues: [['anonymous', 0, 14], ['denial', 48, 55]] }],
    });
    assert.deepEqual(second, { text: '', sentenceCount: 1, sentences: [] });
    assert.equal(blockScans(['x'], [{ ...results[0]!, block: 4 }], []).length, 1, 'a result for no such text is ignored');
  });

  it('add blocks under their keys; another document or a newer session starts afresh, an older session changes nothing', () => {
    const [a, b] = blockScans(texts, results, [2, 1]);
    const first = addBlocks(null, 'd', 2, new Map([[1, a!]]));
    const same = addBlocks(first, 'd', 2, new Map([[2, b!]]));
    assert.deepEqual(Object.keys(same.blocks), ['1', '2']);
    assert.equal(addBlocks(same, 'd', 1, new Map([[3, a!]])), same);
    assert.deepEqual(Object.keys(same.blocks), ['1', '2'], 'the late scan added nothing');
    assert.deepEqual(Object.keys(addBlocks(same, 'd', 3, new Map([[3, a!]])).blocks), ['3']);
    const other = addBlocks(same, 'e', 1, new Map([[4, b!]]));
    assert.deepEqual([other.document, other.session, Object.keys(other.blocks)], ['e', 1, ['4']]);
  });

  it('answer a tooltip from a held scan only when it holds that very text', () => {
    const scans = scansOf(blockScans(texts, results, [2, 1]));
    const query = { document: 'd', generation: 1, block: 1, start: 0, claimId: 'claim-a', text: texts[0]! };
    assert.deepEqual(heldHits(scans, query), results[0]!.claims);
    assert.deepEqual(heldHits(scans, { ...query, start: 43 }), [], 'held, but no sentence found there');
    assert.equal(heldHits(scans, { ...query, text: 'Changed text.' }), null, 'another text under that key');
    assert.equal(heldHits(scans, { ...query, generation: 2 }), null, 'another session');
    assert.equal(heldHits(scans, { ...query, block: 9 }), null);
    assert.equal(heldHits(null, query), null);
  });

  it('name the blocks a report lists, in its order, or the keys missing', () => {
    const scans = scansOf(blockScans(texts, results, [2, 1]));
    assert.deepEqual(namedBlocks(scans, 'd', 1, [2, 1, 1]).blocks.map((block) => block.sentenceCount), [1, 2, 2]);
    assert.deepEqual(namedBlocks(scans, 'd', 1, [2, 1, 1]).missing, []);
    assert.deepEqual(namedBlocks(scans, 'd', 1, [1, 5, 3, 5]).missing, [5, 3]);
    assert.deepEqual(namedBlocks(scans, 'd', 2, [1, 2, 1]).missing, [1, 2], 'another session: everything');
    assert.deepEqual(namedBlocks(scans, 'x', 1, [1]).missing, [1], 'another document: everything');
    assert.deepEqual(namedBlocks(null, 'd', 1, [1]).missing, [1]);
    assert.deepEqual(namedBlocks(null, 'd', 1, []), { blocks: [], missing: [] }, 'nothing read needs nothing held');
  });

  it('give the profile the sentences with cues in the words of the page, repeats included, and every sentence counted', () => {
    const [a, b] = blockScans(texts, results, [2, 1]);
    const input = profileInput([a!, b!, a!]);
    assert.equal(input.sentenceCount, 5);
    assert.deepEqual(
      input.sentences.map((s) => [s.block, s.text, s.sourcing.map((cue) => cue.cue)]),
      [
        [0, 'Officials said the claim-a talks happened.', ['Officials said', 'nothing']],
        [2, 'Officials said the claim-a talks happened.', ['Officials said', 'nothing']],
      ],
    );
  });

  it('build a claim only from a hit the background found in a block the report names, at the sentence it names', () => {
    const scans = scansOf(blockScans(texts, results, [2, 1]));
    const ref = { id: 'claim-a', anchored: false, block: 1, start: 0 };
    const found = foundClaim(scans, new Set([1, 2]), ref, view);
    assert.deepEqual(found, {
      id: 'claim-a',
      statement: 'Statement of claim-a.',
      status: 'disputed',
      score: 0.8,
      confidence: 'possible',
      anchored: false,
      sentence: 'Officials said the claim-a talks happened.',
      pageSourcing: ['anonymous', 'denial'],
    });
    assert.equal(foundClaim(scans, new Set([2]), ref, view), null, 'a block the report does not name');
    assert.equal(foundClaim(scans, new Set([1, 2]), { ...ref, start: 1 }, view), null, 'no sentence starts there');
    assert.equal(foundClaim(scans, new Set([1, 2]), { ...ref, block: 2 }, view), null, 'not found in that block');
    assert.equal(foundClaim(scans, new Set([1, 2]), { ...ref, id: 'claim-b' }, view), null, 'not a hit of that sentence');
    assert.equal(foundClaim(scans, new Set([1, 2]), ref, undefined), null, 'a claim the database no longer holds');
  });

  it('keep only the blocks a report named, and count their size', () => {
    const scans = scansOf(blockScans(texts, results, [2, 1]));
    const before = sizeOf(scans);
    assert.ok(before >= texts[0]!.length, 'the kept text counts');
    assert.equal(keepBlocks(scans, [1, 1]), true);
    assert.deepEqual(Object.keys(scans.blocks), ['1']);
    assert.equal(keepBlocks(scans, [1]), false, 'nothing left to drop');
    assert.ok(sizeOf(scans) < before);
  });
});
