/**
 * Fuzzing the sourcing tagger (src/core/sourcing/tag.ts): for any block and its sentences, one
 * cue list per sentence, every cue inside its sentence, its text the block's slice, a known kind;
 * the same for arbitrary ordered spans a caller might pass, and the same result every time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { segmentBlock, type Span } from '../../../src/core/segment.js';
import { tagBlock } from '../../../src/core/sourcing/tag.js';
import { SOURCING_KINDS } from '../../../src/core/sourcing-kinds.js';
import type { SourcingCue } from '../../../src/core/report.js';
import { anyText, check, claimSentence, isBlank, newsText } from './arbitraries.js';

const block = fc.oneof(newsText(80), anyText(), claimSentence());

function assertCues(text: string, spans: readonly Span[], cues: readonly SourcingCue[][]): number {
  assert.equal(cues.length, spans.length, 'one cue list per sentence');
  let count = 0;
  cues.forEach((list, i) => {
    const span = spans[i]!;
    for (const cue of list) {
      count++;
      assert.ok(SOURCING_KINDS.includes(cue.kind), `kind ${cue.kind}`);
      assert.ok(Number.isInteger(cue.start) && Number.isInteger(cue.end));
      assert.ok(span.start <= cue.start && cue.start < cue.end && cue.end <= span.end, `cue ${cue.start}-${cue.end} inside sentence ${span.start}-${span.end}`);
      assert.equal(cue.cue, text.slice(cue.start, cue.end));
    }
  });
  return count;
}

test('cues of segmented sentences lie inside their sentence and quote the block exactly', (t) => {
  let cues = 0;
  check(
    fc.property(block, (text) => {
      const spans = segmentBlock(text);
      cues += assertCues(text, spans, tagBlock(text, spans));
    }),
    3000,
  );
  assert.ok(cues > 300, `the generator must reach the tagger: only ${cues} cues`);
  t.diagnostic(`${cues} cues checked`);
});

/** Ordered, non-overlapping, non-empty spans of a text, cut where white space meets a word. */
const spansOf = (text: string) => {
  const boundaries = [...Array(text.length + 1).keys()].filter((i) => i === 0 || i === text.length || isBlank(text[i]!) || isBlank(text[i - 1]!));
  return fc.uniqueArray(fc.constantFrom(...boundaries), { maxLength: 12 }).map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const spans: Span[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) if (sorted[i]! < sorted[i + 1]!) spans.push({ start: sorted[i]!, end: sorted[i + 1]! });
    return spans;
  });
};

test('any ordered spans cut between words: no throw, cues inside their span', () => {
  check(
    fc.property(
      block.chain((text) => fc.tuple(fc.constant(text), spansOf(text))),
      ([text, spans]) => void assertCues(text, spans, tagBlock(text, spans)),
    ),
    2000,
  );
});

test('deterministic: the same block is tagged the same way every time', () => {
  check(
    fc.property(block, (text) => {
      const spans = segmentBlock(text);
      assert.deepEqual(tagBlock(text, spans), tagBlock(text, spans));
    }),
    500,
  );
});
