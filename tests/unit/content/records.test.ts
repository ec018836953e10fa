import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimLabel, ClaimView, CueSpan, HitDetails, HitSummary } from '../../../src/platform/messages.js';
import { claimRefs, reportedBlocks, tooltipData, type BlockRecord, type FoundSentence, type PaintedSentence } from '../../../src/content/records.js';

const view = (id: string, related: ClaimView['related'] = []): ClaimView => ({
  id,
  statement: `statement of ${id}`,
  status: 'disputed',
  involved: [],
  sources: [],
  related,
  appearances: [],
  packId: 'bundled:test',
  packName: 'Test',
});
const label = (id: string): [string, ClaimLabel] => [id, { statement: `statement of ${id}`, status: 'disputed' }];
const hit = (id: string, score = 0.9, related?: string[]): HitSummary => ({ id, score, confidence: 'confident', ...(related ? { related } : {}) });

/** A block whose text is its sentences joined by spaces; cues are given as words of their sentence. */
function record(key: number, sentences: { text: string; hits: HitSummary[]; cues?: [CueSpan[0], string][]; anchored: boolean }[], scanKey = key): BlockRecord {
  const text = sentences.map((s) => s.text).join(' ');
  const block: BlockRecord = { key, scanKey, block: { text, element: {} as Element, nodes: [], runs: [] }, results: [], claims: [], cueRanges: [], scanned: true };
  let at = 0;
  for (const s of sentences) {
    const cues = (s.cues ?? []).map(([kind, words]): CueSpan => [kind, at + s.text.indexOf(words), at + s.text.indexOf(words) + words.length]);
    const result: FoundSentence = { start: at, end: at + s.text.length, hits: s.hits, cues };
    block.results.push(result);
    if (s.hits.length > 0) block.claims.push({ record: block, result, range: null, anchored: s.anchored, nodes: [] } satisfies PaintedSentence);
    at += s.text.length + 1;
  }
  return block;
}

test('one reference per claim: its first painted sentence in page order, else its first sentence', () => {
  const known = new Map([label('a'), label('b')]);
  // In page order: key 3 was read last (a live page inserted it) but stands first.
  const records = [
    record(3, [{ text: 'inserted hidden a', hits: [hit('a', 0.95)], anchored: false }]),
    record(1, [
      { text: 'hidden a', hits: [hit('a', 0.95)], anchored: false },
      { text: 'hidden b', hits: [hit('b')], cues: [['anonymous', 'hidden']], anchored: false },
    ]),
    record(2, [{ text: 'later painted a', hits: [hit('a', 0.7)], anchored: true }], 1),
  ];
  assert.deepEqual(claimRefs(records, known), [
    { id: 'a', anchored: true, block: 1, start: 0 },
    { id: 'b', anchored: false, block: 1, start: 9 },
  ]);
  assert.deepEqual(reportedBlocks(records), [3, 1, 1], 'blocks by scan key, in page order: a repeated text twice');
  const waiting = { ...record(4, [{ text: 'on its way', hits: [], anchored: false }]), scanned: false };
  assert.deepEqual(reportedBlocks([...records, waiting]), [3, 1, 1], 'a block whose scan has not arrived waits for the next report');
});

test('claims the scan did not label are left out', () => {
  assert.deepEqual(claimRefs([record(1, [{ text: 'x', hits: [hit('unknown')], anchored: true }])], new Map()), []);
});

test('tooltip data: related claims from the pack, the sentence and the matcher, without repeats; cues in the page words', () => {
  const details: HitDetails = {
    reasons: ['because'],
    claims: { a: view('a', [{ claim: 'b', relation: 'disputes' }]), b: view('b'), c: view('c') },
  };
  const block = record(1, [
    { text: 'the claim, she said', hits: [hit('a', 0.9, ['c', 'b']), hit('c', 0.5)], cues: [['on-record', 'she said']], anchored: true },
    { text: 'officials said more', hits: [], cues: [['anonymous', 'officials said']], anchored: false },
  ]);
  const data = tooltipData(block.claims[0]!, 'a', details);
  assert.ok(data);
  assert.deepEqual(data.related.map((r) => [r.id, r.relation, r.statement]), [
    ['b', 'disputes', 'statement of b'],
    ['c', 'competing', 'statement of c'],
  ]);
  assert.deepEqual(data.reasons, ['because']);
  assert.deepEqual(data.sentenceCues.map((c) => [c.kind, c.cue]), [['on-record', 'she said']]);
  assert.deepEqual(data.paragraphCues.map((c) => c.cue), ['officials said']);
  assert.equal(tooltipData(block.claims[0]!, 'zzz', details), null, 'a claim the sentence does not hold');
  assert.equal(tooltipData(block.claims[0]!, 'a', { reasons: [], claims: {} }), null, 'a claim without details');
});
