import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFrameLeaving, applyFrameReport, markNavigation, MAX_FRAMES, type FrameSummary } from '../../../src/background/tab-record.js';
import { emptyProfile } from '../../../src/background/tab-report.js';

const report = (generation: number, document?: string): FrameSummary => ({ generation, claims: [], profile: emptyProfile(), ...(document ? { document } : {}) });
const A = 'https://news.example/a';
const B = 'https://news.example/b';

describe('applyFrameReport', () => {
  it('a later report of the same top document replaces the top frame and keeps subframes', () => {
    let record = applyFrameReport(null, 0, A, report(1), 1);
    record = applyFrameReport(record, 2, 'https://ads.example/x', report(1), 2);
    record = applyFrameReport(record, 0, `${A}#section`, report(2), 3);
    assert.deepEqual(Object.keys(record.frames).sort(), ['0', '2']);
    assert.equal(record.frames['0']!.generation, 2);
    assert.equal(record.topGeneration, 2);
  });

  it('a top report with another URL starts a new page and drops old subframes', () => {
    let record = applyFrameReport(null, 0, A, report(3), 1);
    record = applyFrameReport(record, 5, 'https://ads.example/x', report(1), 2);
    record = applyFrameReport(record, 0, B, report(4), 3);
    assert.equal(record.url, B);
    assert.deepEqual(Object.keys(record.frames), ['0']);
  });

  it('a reload (same URL, generation starting again) is a new page', () => {
    let record = applyFrameReport(null, 0, A, report(3), 1);
    record = applyFrameReport(record, 5, 'https://ads.example/x', report(1), 2);
    record = applyFrameReport(record, 0, A, report(1), 10);
    assert.equal(record.topGeneration, 1);
    assert.deepEqual(Object.keys(record.frames), ['0']);
  });

  it('keeps subframe reports that arrived after the navigation began', () => {
    let record = applyFrameReport(null, 0, A, report(2), 1);
    record = applyFrameReport(record, 4, 'https://old-ad.example/', report(1), 2);
    record = markNavigation(record, 10);
    record = markNavigation(record, 11); // the first signal counts
    record = applyFrameReport(record, 6, 'https://new-embed.example/', report(1), 12);
    record = applyFrameReport(record, 0, B, report(1), 13);
    assert.deepEqual(Object.keys(record.frames).sort(), ['0', '6']);
    assert.equal(record.navigationStartedAt, undefined);
  });

  it('keeps subframes that reported before the top frame ever did', () => {
    let record = applyFrameReport(null, 3, 'https://embed.example/', report(1), 1);
    assert.equal(record.url, '');
    record = applyFrameReport(record, 0, A, report(1), 2);
    assert.deepEqual(Object.keys(record.frames).sort(), ['0', '3']);
  });

  it(`keeps at most ${MAX_FRAMES} frames, the top one and the most recent`, () => {
    let record = applyFrameReport(null, 0, A, report(1), 0);
    for (let frame = 1; frame <= MAX_FRAMES + 10; frame++) record = applyFrameReport(record, frame, 'https://ads.example/', report(1), frame);
    const ids = Object.keys(record.frames).map(Number);
    assert.equal(ids.length, MAX_FRAMES);
    assert.ok(ids.includes(0));
    assert.ok(ids.includes(MAX_FRAMES + 10));
    assert.ok(!ids.includes(1));
  });

  it('with document ids, a reload is told from a rescan by the id, not the generation', () => {
    let record = applyFrameReport(null, 0, A, report(1, 'doc-1'), 1);
    record = applyFrameReport(record, 3, 'https://embed.example/', report(1, 'sub'), 2);
    record = applyFrameReport(record, 0, A, report(2, 'doc-1'), 3);
    assert.deepEqual(Object.keys(record.frames).sort(), ['0', '3'], 'rescan of the same document');
    record = applyFrameReport(record, 0, A, report(5, 'doc-2'), 4);
    assert.deepEqual(Object.keys(record.frames), ['0'], 'another document at the same URL is a new page');
    assert.equal(record.frames['0']!.document, 'doc-2');
  });
});

describe('applyFrameLeaving', () => {
  it('drops what a leaving document reported, if it is still the one on record', () => {
    let record = applyFrameReport(null, 0, A, report(1, 'top'), 1);
    record = applyFrameReport(record, 4, 'https://embed.example/', report(1, 'sub'), 2);
    const withoutSub = applyFrameLeaving(record, 4, 'sub');
    assert.deepEqual(Object.keys(withoutSub!.frames), ['0']);
    assert.equal(applyFrameLeaving(record, 0, 'top'), null, 'the page itself left: nothing to show');
  });

  it("ignores the previous document's late goodbye, and goodbyes without a document id", () => {
    let record = applyFrameReport(null, 0, A, report(3, 'old'), 1);
    record = applyFrameReport(record, 0, B, report(1, 'new'), 2);
    assert.equal(applyFrameLeaving(record, 0, 'old'), record);
    assert.equal(applyFrameLeaving(record, 0, undefined), record);
    assert.equal(applyFrameLeaving(null, 0, 'x'), null);
  });
});
