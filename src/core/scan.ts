/**
 * One scan of a document's blocks: sentence segmentation, sourcing cues and claim matching.
 * Returns only the sentences that carry a claim or a sourcing cue; offsets are relative to
 * each block's original text.
 */
import type { ClaimHit, Confidence, SentenceResult, SourcingCue } from './report.js';
import type { ClaimMatcher } from './match/index.js';
import { segmentBlock } from './segment.js';
import { tagBlock } from './sourcing/tag.js';

export interface ScanOptions {
  /** "confident" (default) drops possible matches; "possible" keeps them. */
  confidence?: Confidence;
}

export function scanBlocks(blocks: readonly string[], matcher: ClaimMatcher | null, options: ScanOptions = {}): SentenceResult[] {
  const keepPossible = options.confidence === 'possible';
  const context = matcher?.newContext();
  const results: SentenceResult[] = [];
  blocks.forEach((text, block) => {
    const spans = segmentBlock(text);
    if (spans.length === 0) return;
    const cues: SourcingCue[][] = tagBlock(text, spans);
    const hits: ClaimHit[][] = matcher && context ? matcher.matchBlock(text, spans, context) : [];
    spans.forEach((span, i) => {
      const found = hits[i];
      const claims = found?.length ? found.filter((hit) => keepPossible || hit.confidence === 'confident') : [];
      const sourcing = cues[i] ?? [];
      if (claims.length === 0 && sourcing.length === 0) return;
      results.push({ block, start: span.start, end: span.end, text: text.slice(span.start, span.end), claims, sourcing });
    });
  });
  return results;
}
