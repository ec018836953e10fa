/**
 * Paints one block's scan results: each claim sentence (and, when the reader turned them on,
 * each sourcing cue) becomes a Range in a highlight; a sentence that cannot be drawn (hidden,
 * zero-size) is kept as found but not anchored, so the report still names it.
 */
import type { SentenceResult } from '../core/report.js';
import type { Settings } from '../core/settings.js';
import type { HitIndex } from '../page/hit-test.js';
import type { HighlightPainter } from '../page/painter.js';
import { isRendered, rangeFor } from '../page/ranges.js';
import type { ScreenReaderMarks } from '../page/sr-markup.js';
import { nodesIn } from '../page/text-block.js';
import type { ClaimView } from '../platform/messages.js';
import { t } from '../ui/shared/i18n.js';
import { statusLabel } from '../ui/shared/labels.js';
import { hasClaim, type BlockRecord, type PaintedSentence } from './records.js';

export interface PaintTools {
  painter: HighlightPainter;
  marks: ScreenReaderMarks;
  hits: HitIndex<PaintedSentence>;
  settings: Settings;
  views: ReadonlyMap<string, ClaimView>;
}

export function paintRecord(record: BlockRecord, results: readonly SentenceResult[], tools: PaintTools): void {
  const { block } = record;
  for (const result of results) {
    const sentence: PaintedSentence = { record, result, range: null, anchored: false, cues: [], nodes: [] };
    if (hasClaim(sentence)) {
      sentence.range = rangeFor(block, result.start, result.end);
      sentence.nodes = nodesIn(block, result.start, result.end);
      sentence.anchored = !!sentence.range && isRendered(sentence.range);
      if (sentence.range) tools.painter.paintClaim(sentence.range, result.claims[0]!.confidence);
      if (sentence.anchored) {
        tools.hits.add(sentence);
        if (tools.settings.screenReaderMode) markForScreenReaders(sentence, tools);
      }
    }
    for (const cue of result.sourcing) {
      const range = rangeFor(block, cue.start, cue.end);
      if (!range) continue;
      sentence.cues.push({ kind: cue.kind, range });
      if (tools.settings.paintKinds.includes(cue.kind)) tools.painter.paintCue(cue.kind, range);
    }
    record.sentences.push(sentence);
  }
}

/** Unpaints a record; screen-reader marks on its element are redone for the records still there. */
export function unpaintRecord(record: BlockRecord, tools: PaintTools, remaining: Iterable<BlockRecord>): void {
  for (const sentence of record.sentences) {
    if (sentence.range) tools.painter.erase(sentence.range);
    for (const cue of sentence.cues) tools.painter.erase(cue.range);
    tools.hits.delete(sentence);
  }
  record.sentences = [];
  if (!tools.settings.screenReaderMode) return;
  tools.marks.unmark(record.block.element);
  for (const other of remaining) {
    if (other.block.element !== record.block.element) continue;
    for (const sentence of other.sentences) if (sentence.anchored && hasClaim(sentence)) markForScreenReaders(sentence, tools);
  }
}

function markForScreenReaders(sentence: PaintedSentence, tools: PaintTools): void {
  for (const hit of sentence.result.claims) {
    const view = tools.views.get(hit.id);
    if (view) tools.marks.mark(sentence.record.block.element, t('srClaimDescription', statusLabel(view.status), view.statement));
  }
}
