import { test } from 'node:test';
import assert from 'node:assert/strict';
import { batchRuns, PAGE_CONTEXT, PageText, REREAD_CONTEXT } from '../../../src/content/scan-runs.js';

const page = Array.from({ length: 8 }, (_, i) => ({ text: `p${i}` }));
const at = (...indexes: number[]) => indexes.map((i) => page[i]!);

test('a batch that opens the page and runs on needs no runs', () => {
  assert.deepEqual(batchRuns(at(0, 1, 2), new PageText(page), PAGE_CONTEXT), []);
});

test('each run gets the text before it; a run that opens the page starts afresh', () => {
  // The rest of a long page: below the screen (5-7), then above it (0-1); the screen was 2-4.
  assert.deepEqual(batchRuns(at(5, 6, 7, 0, 1), new PageText(page), PAGE_CONTEXT), [
    { start: 0, before: ['p0', 'p1', 'p2', 'p3', 'p4'] },
    { start: 3, before: [] },
  ]);
  // The screen's own batch, and a run after a gap (a cached block, 3, not sent).
  assert.deepEqual(batchRuns(at(2, 4), new PageText(page), PAGE_CONTEXT), [
    { start: 0, before: ['p0', 'p1'] },
    { start: 1, before: ['p0', 'p1', 'p2', 'p3'] },
  ]);
});

test('the text before a run is the nearest, within PAGE_CONTEXT.chars; blocks of another read start afresh', () => {
  const long = [{ text: 'x'.repeat(PAGE_CONTEXT.chars - 5) }, { text: 'y'.repeat(10) }, { text: 'z' }, { text: 'w' }];
  assert.deepEqual(batchRuns([long[3]!], new PageText(long), PAGE_CONTEXT), [{ start: 0, before: ['y'.repeat(10), 'z'] }]);
  assert.deepEqual(batchRuns([page[0]!, { text: 'elsewhere' }], new PageText(page), PAGE_CONTEXT), [{ start: 1, before: [] }]);
});

test('a batch of scattered runs shares one context budget, so it stays small whatever its shape', () => {
  // Every other block of a long page sent (the rest painted from the cache): one run per block.
  const many = Array.from({ length: 3000 }, (_, i) => ({ text: `block ${i} `.padEnd(40, '.') }));
  const runs = batchRuns(many.filter((_, i) => i % 2 === 1), new PageText(many), PAGE_CONTEXT);
  const blocks = runs.reduce((sum, run) => sum + run.before.length, 0);
  const chars = runs.reduce((sum, run) => sum + run.before.reduce((n, text) => n + text.length, 0), 0);
  assert.ok(blocks <= PAGE_CONTEXT.blocks && chars <= PAGE_CONTEXT.chars, `${blocks} blocks, ${chars} chars`);
  // The first runs get their context; the ones past the budget start afresh.
  assert.deepEqual(runs[0]!.before, [many[0]!.text]);
  assert.deepEqual(runs.at(-1)!.before, []);
});

test("a re-read's run carries a few paragraphs before it, not the page's", () => {
  const long = Array.from({ length: 50 }, (_, i) => ({ text: `paragraph ${i}` }));
  const [run] = batchRuns([long[40]!], new PageText(long), REREAD_CONTEXT);
  assert.deepEqual(run!.before, long.slice(40 - REREAD_CONTEXT.blocks, 40).map((block) => block.text));
});
