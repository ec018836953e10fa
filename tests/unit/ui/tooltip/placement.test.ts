import { test } from 'node:test';
import assert from 'node:assert/strict';
import { placeTooltip, type Box } from '../../../../src/ui/tooltip/placement.js';

const viewport = { width: 1000, height: 800 };
const line = (top: number, left = 100, right = 700): Box => ({ top, bottom: top + 20, left, right });
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function box(placement: ReturnType<typeof placeTooltip>, size: { width: number; height: number }): Box {
  const height = Math.min(size.height, placement.maxHeight);
  return { top: placement.top, left: placement.left, bottom: placement.top + height, right: placement.left + size.width };
}

test('goes below the last line when it fits', () => {
  const size = { width: 360, height: 300 };
  const placement = placeTooltip([line(100), line(120)], size, viewport);
  assert.equal(placement.side, 'below');
  assert.equal(placement.top, 148);
});

test('goes above when there is no room below', () => {
  const size = { width: 360, height: 300 };
  const lines = [line(600), line(620)];
  const placement = placeTooltip(lines, size, viewport);
  assert.equal(placement.side, 'above');
  for (const l of lines) assert.ok(!overlaps(box(placement, size), l));
});

test('never covers the sentence, even when it fits nowhere whole', () => {
  const size = { width: 360, height: 700 };
  for (let top = 0; top < 780; top += 37) {
    const lines = [line(top), line(top + 20)].filter((l) => l.bottom <= 800);
    if (lines.length === 0) continue;
    const placement = placeTooltip(lines, size, viewport);
    for (const l of lines) assert.ok(!overlaps(box(placement, size), l), `sentence at ${top}`);
  }
});

test('stays inside the viewport horizontally', () => {
  const size = { width: 360, height: 100 };
  const placement = placeTooltip([line(100, 900, 990)], size, viewport);
  assert.ok(placement.left + size.width <= viewport.width - 8);
  assert.ok(placeTooltip([line(100, -50, 40)], size, viewport).left >= 8);
});
