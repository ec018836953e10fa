/**
 * The scan reply as it travels to the content script: offsets only, cues as [kind, start, end],
 * hits without their reasons, and the statement and status of each hit claim, once.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SentenceResult } from '../../../src/core/report.js';
import type { ClaimView } from '../../../src/platform/messages.js';
import { blockScans } from '../../../src/background/frame-scans.js';
import { hitSummary, scanReply } from '../../../src/background/scan-reply.js';

const view = (id: string) => ({ id, statement: `Statement of ${id}.`, status: 'confirmed', sources: [], related: [] }) as unknown as ClaimView;

test('a reply carries offsets, cue tuples, hits without reasons and the labels of the claims hit', () => {
  const results: SentenceResult[] = [
    { block: 1, start: 4, end: 30, text: 'sentence text is not sent', claims: [], sourcing: [{ kind: 'anonymous', cue: 'officials said', start: 5, end: 19 }] },
    {
      block: 0,
      start: 0,
      end: 20,
      text: 'another sentence',
      claims: [
        { id: 'a', score: 0.9, confidence: 'confident', reasons: ['long reason'] },
        { id: 'gone', score: 0.5, confidence: 'possible', reasons: ['x'], related: ['a'] },
      ],
      sourcing: [],
    },
    { block: 2, start: 0, end: 9, text: 'again a', claims: [{ id: 'a', score: 0.7, confidence: 'confident', reasons: [] }], sourcing: [] },
  ];
  const asked: string[] = [];
  const texts = ['another sentence here', 'the sentence text is not sent at all', 'again a'];
  const reply = scanReply(blockScans(texts, results, [1, 1, 1]), (id) => (asked.push(id), id === 'gone' ? undefined : view(id)));
  // In block order, as the request listed its blocks.
  assert.deepEqual(reply.sentences, [
    [0, 0, 20, [], [{ id: 'a', score: 0.9, confidence: 'confident' }, { id: 'gone', score: 0.5, confidence: 'possible', related: ['a'] }]],
    [1, 4, 30, [['anonymous', 5, 19]]],
    [2, 0, 9, [], [{ id: 'a', score: 0.7, confidence: 'confident' }]],
  ]);
  assert.deepEqual(reply.claims, { a: { statement: 'Statement of a.', status: 'confirmed' } }, 'labels only, of known claims');
  assert.deepEqual(asked, ['a', 'gone'], 'a known claim is looked up once');
  assert.ok(!JSON.stringify(reply).includes('sentence text') && !JSON.stringify(reply).includes('reason'), 'no text and no reasons travel');
});

test('a hit summary drops only the reasons', () => {
  assert.deepEqual(hitSummary({ id: 'a', score: 0.4, confidence: 'possible', reasons: ['r'], related: ['b'] }), { id: 'a', score: 0.4, confidence: 'possible', related: ['b'] });
  assert.deepEqual(Object.keys(hitSummary({ id: 'a', score: 0.4, confidence: 'possible', reasons: ['r'] })), ['id', 'score', 'confidence']);
});
