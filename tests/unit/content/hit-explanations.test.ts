import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HitExplanations } from '../../../src/content/hit-explanations.js';
import type { HitDetails, HitQuery } from '../../../src/platform/messages.js';
import type { BlockRecord, PaintedSentence } from '../../../src/content/records.js';

const details = { claims: [] } as unknown as HitDetails;

function sentence(scanKey: number, start: number, text = 'Officials said the envoy met the senator twice.'): PaintedSentence {
  const record = { key: scanKey + 100, scanKey, block: { text, element: {} as Element, nodes: [], runs: [] }, results: [], claims: [], cueRanges: [], scanned: true } as BlockRecord;
  return { record, result: { start, end: text.length, hits: [], cues: [] }, range: null, anchored: true, nodes: [] } as unknown as PaintedSentence;
}

test('asks the background once per sentence and claim, naming the scan key, the document and the generation', async () => {
  const asked: HitQuery[] = [];
  const explanations = new HitExplanations(async (query) => (asked.push(query), details), { document: 'doc-1', generation: 3 });
  const first = sentence(7, 0);
  assert.equal(await explanations.explain(first, 'claim-a'), details);
  assert.equal(await explanations.explain(first, 'claim-a'), details);
  assert.equal(await explanations.explain(sentence(7, 0), 'claim-a'), details, 'the same sentence read again');
  assert.equal(asked.length, 1);
  assert.deepEqual(asked[0], { document: 'doc-1', generation: 3, block: 7, start: 0, claimId: 'claim-a', text: first.record.block.text });
});

test('another claim, another sentence or another block is a question of its own', async () => {
  const asked: HitQuery[] = [];
  const explanations = new HitExplanations(async (query) => (asked.push(query), null), { document: 'doc-1', generation: 1 });
  await explanations.explain(sentence(7, 0), 'claim-a');
  await explanations.explain(sentence(7, 0), 'claim-b');
  await explanations.explain(sentence(7, 12), 'claim-a');
  await explanations.explain(sentence(8, 0), 'claim-a');
  assert.deepEqual(asked.map((query) => [query.block, query.start, query.claimId]), [[7, 0, 'claim-a'], [7, 0, 'claim-b'], [7, 12, 'claim-a'], [8, 0, 'claim-a']]);
});

test('a question that failed is asked again next time', async () => {
  let calls = 0;
  const explanations = new HitExplanations(async () => {
    calls++;
    if (calls === 1) throw new Error('background restarting');
    return details;
  }, { document: 'doc-1', generation: 1 });
  await assert.rejects(explanations.explain(sentence(7, 0), 'claim-a'), /restarting/);
  assert.equal(await explanations.explain(sentence(7, 0), 'claim-a'), details);
  assert.equal(calls, 2);
});
