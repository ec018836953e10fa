/**
 * Paints one block's scan results: each claim sentence becomes a Range in a highlight, and,
 * when the reader turned their kinds on, each sourcing cue. Nothing here reads layout: whether
 * a sentence is drawn with a size (anchored) is measured later, when first needed.
 */
import type { Settings } from '../core/settings.js';
import type { HitIndex } from '../page/hit-test.js';
import type { HighlightPainter } from '../page/painter.js';
import { rangeFor, stillReads } from '../page/ranges.js';
import type { ScreenReaderMarks } from '../page/sr-markup.js';
import { nodesIn } from '../page/text-block.js';
import type { ClaimLabel } from '../platform/messages.js';
import { t } from '../ui/shared/i18n.js';
import { statusLabel } from '../ui/shared/labels.js';
import { isAnchored, textOf, type BlockRecord, type FoundSentence, type PaintedSentence } from './records.js';

export interface PaintTools {
  painter: HighlightPainter;
  marks: ScreenReaderMarks;
  hits: HitIndex<PaintedSentence>;
  settings: Settings;
  labels: ReadonlyMap<string, ClaimLabel>;
}

/** `unchanged`: the page has not changed since the block was read (its offsets need no check). */
export function paintRecord(record: BlockRecord, results: FoundSentence[], tools: PaintTools, unchanged: boolean): void {
  const { block } = record;
  const { paintKinds, screenReaderMode } = tools.settings;
  record.results = results;
  for (const result of results) {
    if (result.hits.length > 0) {
      const range = rangeFor(block, result.start, result.end, unchanged);
      const sentence: PaintedSentence = { record, result, range, anchored: range ? null : false, nodes: range ? nodesIn(block, result.start, result.end) : [] };
      record.claims.push(sentence);
      if (range) {
        tools.painter.paintClaim(range, result.hits[0]!.confidence);
        tools.hits.add(sentence);
        if (screenReaderMode && isAnchored(sentence)) markForScreenReaders(sentence, tools);
      }
    }
    if (paintKinds.length === 0) continue;
    for (const [kind, start, end] of result.cues) {
      if (!paintKinds.includes(kind)) continue;
      const range = rangeFor(block, start, end, unchanged);
      if (!range) continue;
      record.cueRanges.push(range);
      tools.painter.paintCue(kind, range);
    }
  }
}

/** Whether every range painted for the record still covers its text (a move collapses them). */
export function paintIntact(record: BlockRecord): boolean {
  return (
    record.claims.every((sentence) => !sentence.range || stillReads(sentence.range, textOf(record, sentence.result))) &&
    record.cueRanges.every((range) => !range.collapsed)
  );
}

/** Unpaints a record; screen-reader marks on its element are redone for the records still there. */
export function unpaintRecord(record: BlockRecord, tools: PaintTools, remaining: Iterable<BlockRecord>): void {
  for (const sentence of record.claims) {
    if (sentence.range) tools.painter.erase(sentence.range);
    tools.hits.delete(sentence);
  }
  for (const range of record.cueRanges) tools.painter.erase(range);
  record.claims = [];
  record.cueRanges = [];
  record.results = [];
  if (!tools.settings.screenReaderMode) return;
  tools.marks.unmark(record.block.element);
  for (const other of remaining) {
    if (other.block.element !== record.block.element) continue;
    for (const sentence of other.claims) if (isAnchored(sentence)) markForScreenReaders(sentence, tools);
  }
}

function markForScreenReaders(sentence: PaintedSentence, tools: PaintTools): void {
  for (const hit of sentence.result.hits) {
    const label = tools.labels.get(hit.id);
    if (label) tools.marks.mark(sentence.record.block.element, t('srClaimDescription', statusLabel(label.status), label.statement));
  }
}
