import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClaimHit, SentenceResult, SourcingCue } from '../../../src/core/report.js';
import type { ClaimView } from '../../../src/platform/messages.js';
import { foundClaims, tooltipData, type BlockRecord, type PaintedSentence } from '../../../src/content/records.js';

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
const hit = (id: string, score = 0.9, related?: string[]): ClaimHit => ({ id, score, confidence: 'confident', reasons: ['because'], ...(related ? { related } : {}) });
const cue = (kind: SourcingCue['kind'], text: string): SourcingCue => ({ kind, cue: text, start: 0, end: text.length });

function record(key: number, sentences: { text: string; claims: ClaimHit[]; sourcing?: SourcingCue[]; anchored: boolean }[]): BlockRecord {
  const block: BlockRecord = { key, block: { text: '', element: {} as Element, nodes: [], runs: [] }, results: [], claims: [], cueRanges: [], sentenceCount: sentences.length };
  for (const s of sentences) {
    const result: SentenceResult = { block: 0, start: 0, end: s.text.length, text: s.text, claims: s.claims, sourcing: s.sourcing ?? [] };
    block.results.push(result);
    if (s.claims.length > 0) block.claims.push({ record: block, result, range: null, anchored: s.anchored, nodes: [] } satisfies PaintedSentence);
  }
  return block;
}

test('one found claim per id: its first painted sentence in reading order, else its first sentence', () => {
  const views = new Map([['a', view('a')], ['b', view('b')]]);
  const records = [
    record(2, [{ text: 'later painted a', claims: [hit('a', 0.7)], anchored: true }]),
    record(1, [
      { text: 'hidden a', claims: [hit('a', 0.95)], anchored: false },
      { text: 'hidden b', claims: [hit('b')], sourcing: [cue('anonymous', 'officials said')], anchored: false },
    ]),
  ];
  const found = foundClaims(records, views);
  assert.deepEqual(
    found.map((claim) => [claim.id, claim.sentence, claim.anchored, claim.score, claim.pageSourcing]),
    [
      ['a', 'later painted a', true, 0.7, []],
      ['b', 'hidden b', false, 0.9, ['anonymous']],
    ],
  );
  assert.equal(found[0]!.statement, 'statement of a', 'statement and status come from the claim view');
});

test('claims without a known view are left out', () => {
  assert.deepEqual(foundClaims([record(1, [{ text: 'x', claims: [hit('unknown')], anchored: true }])], new Map()), []);
});

test('tooltip data: related claims from the pack, the sentence and the matcher, without repeats; paragraph cues', () => {
  const views = new Map([
    ['a', view('a', [{ claim: 'b', relation: 'disputes' }])],
    ['b', view('b')],
    ['c', view('c')],
  ]);
  const block = record(1, [
    { text: 'the claim', claims: [hit('a', 0.9, ['c', 'b']), hit('c', 0.5)], sourcing: [cue('on-record', 'she said')], anchored: true },
    { text: 'next sentence', claims: [], sourcing: [cue('anonymous', 'officials said')], anchored: false },
  ]);
  const data = tooltipData(block.claims[0]!, 'a', views);
  assert.ok(data);
  assert.deepEqual(data.related.map((r) => [r.id, r.relation, r.statement]), [
    ['b', 'disputes', 'statement of b'],
    ['c', 'competing', 'statement of c'],
  ]);
  assert.deepEqual(data.sentenceCues.map((c) => c.cue), ['she said']);
  assert.deepEqual(data.paragraphCues.map((c) => c.cue), ['officials said']);
  assert.equal(tooltipData(block.claims[0]!, 'zzz', views), null, 'a claim the sentence does not hold');
});
