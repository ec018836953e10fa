/**
 * One scan of a document's blocks: sentence segmentation, sourcing cues and claim matching.
 * Returns only the sentences that carry a claim or a sourcing cue; offsets are relative to
 * each block's original text.
 */
import type { ClaimHit, Confidence, SentenceResult, SourcingCue } from './report.js';
import type { ClaimMatcher } from './match/index.js';
import { segmentBlock } from './segment.js';
import { recurringLabels } from './sourcing/label-keys.js';
import { pageOutlet } from './sourcing/page-outlet.js';
import { tagRead } from './sourcing/tag.js';
import { readBlock } from './text/read-block.js';

/** Shared by every sentence without a claim: results only read it. */
const NO_CLAIMS: ClaimHit[] = [];
/** The claims of every sentence of a block when there is no matcher. */
const NO_HITS: ClaimHit[][] = [];

export interface ScanOptions {
  /** "confident" (default) drops possible matches; "possible" keeps them. */
  confidence?: Confidence;
  /**
   * The labels that open two or more blocks of the whole document (see recurringLabels), when
   * `blocks` are only part of it; by default those of `blocks`.
   */
  labels?: Iterable<string>;
  /**
   * The whole document's own outlet (see pageOutlet), null for none, when `blocks` are only part
   * of it; by default the one the byline or masthead of `blocks` names.
   */
  outlet?: string | null;
  /**
   * When `blocks` are runs of a document's blocks, not all of it: each run's first block starts
   * a fresh match context, first read through `before` (the document's blocks just before the
   * run, whose results are dropped), so a pronoun opening the run finds who they named.
   */
  runs?: readonly ScanRun[];
}

/** What the whole document tells a scan of part of it. */
export type PageContext = Pick<ScanOptions, 'labels' | 'outlet' | 'runs'>;

/** A run of the scanned blocks that starts at block `start`, after the document's blocks `before`. */
export interface ScanRun {
  start: number;
  before: readonly string[];
}

export interface DocumentScan {
  results: SentenceResult[];
  /** How many sentences each block holds (the profile's denominator counts them all). */
  sentenceCounts: number[];
}

export function scanBlocks(blocks: readonly string[], matcher: ClaimMatcher | null, options: ScanOptions = {}): SentenceResult[] {
  return scanDocument(blocks, matcher, options).results;
}

/** `scanBlocks`, with the sentence count of every block from the same segmentation. */
export function scanDocument(blocks: readonly string[], matcher: ClaimMatcher | null, options: ScanOptions = {}): DocumentScan {
  const keepPossible = options.confidence === 'possible';
  // The scan drops possible matches unless asked for them: the matcher then does not build them.
  let context = matcher?.newContext({ confidentOnly: !keepPossible });
  const runs = new Map(options.runs?.map((run) => [run.start, run.before]));
  const results: SentenceResult[] = [];
  const sentenceCounts: number[] = [];
  const labels = options.labels ? new Set(options.labels) : recurringLabels(blocks);
  const outlet = options.outlet !== undefined ? options.outlet : pageOutlet(blocks);
  // Every block is segmented before any is read: ICU's segmenter then runs with its code and
  // tables warm in the cache, not evicted by the tagger and matcher after every block.
  const segmented = blocks.map(segmentBlock);
  for (let block = 0; block < blocks.length; block++) {
    const before = runs.get(block);
    if (matcher && before) {
      context = matcher.newContext({ confidentOnly: !keepPossible });
      for (const text of before) matcher.matchRead(readBlock(text, segmentBlock(text)), context);
    }
    const text = blocks[block]!;
    const spans = segmented[block]!;
    sentenceCounts.push(spans.length);
    if (spans.length === 0) continue;
    // One reading of the block serves both the tagger and the matcher.
    const read = readBlock(text, spans);
    const cues: SourcingCue[][] = tagRead(read, labels, outlet);
    const hits: ClaimHit[][] = matcher && context ? matcher.matchRead(read, context) : NO_HITS;
    for (let i = 0; i < spans.length; i++) {
      const claims = hits[i] ?? NO_CLAIMS;
      const sourcing = cues[i];
      if (claims.length === 0 && (sourcing === undefined || sourcing.length === 0)) continue;
      const span = spans[i]!;
      results.push({ block, start: span.start, end: span.end, text: text.slice(span.start, span.end), claims, sourcing: sourcing ?? [] });
    }
  }
  return { results, sentenceCounts };
}
