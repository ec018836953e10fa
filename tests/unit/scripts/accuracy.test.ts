import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseSummary, shortfalls } from '../../../scripts/lib/accuracy.js';

const line = 'claims P=0.96 R=0.88 F1=0.92 (tp 44 fp 2 fn 6) | sourcing P=0.89 R=1.00 F1=0.94 (tp 80 fp 10 fn 0) | 7 documents';

describe('accuracy gate', () => {
  it("reads the scorer's summary line among its verbose output", () => {
    const output = `doc.txt: claims P=1.00 R=1.00 F1=1.00 (tp 1 fp 0 fn 0) | sourcing P=1.00 R=1.00 F1=1.00 (tp 1 fp 0 fn 0)\n  doc.txt: missed claim x\n${line}\n`;
    assert.deepEqual(parseSummary(output), { claims: { tp: 44, fp: 2, fn: 6 }, sourcing: { tp: 80, fp: 10, fn: 0 } });
  });

  it('treats a failed scan (no counts) as no summary', () => {
    assert.equal(parseSummary('claims P=0 R=0 F1=0 | sourcing P=0 R=0 F1=0 (scanner failed)'), null);
  });

  it('checks precision and recall of claims and sourcing separately, from the exact counts', () => {
    const summary = parseSummary(line)!;
    assert.deepEqual(shortfalls(summary, { claims: { p: 0.95, r: 0.9 }, sourcing: { p: 0.9, r: 0.85 } }), [
      'claims recall 0.880 < 0.9',
      'sourcing precision 0.889 < 0.9',
    ]);
    assert.deepEqual(shortfalls(summary, { claims: { p: 0.95, r: 0.85 } }), []);
  });

  it('counts nothing expected and nothing predicted as full marks, as the scorer does', () => {
    assert.deepEqual(shortfalls({ claims: { tp: 0, fp: 0, fn: 0 }, sourcing: { tp: 0, fp: 0, fn: 0 } }, { claims: { p: 1, r: 1 }, sourcing: { p: 1, r: 1 } }), []);
  });
});
