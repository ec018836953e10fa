/**
 * One scan of a document's blocks: sentence segmentation, sourcing cues and claim matching.
 * Returns only the sentences that carry a claim or a sourcing cue; offsets are relative to
 * each block's original text.
 */
import type { ClaimHit, Confidence, SentenceResult, SourcingCue } from './report.js';
import type { ClaimMatcher } from './match/index.js';
import { segmentBlock } from './segment.js';
import { recurringLabels } from './sourcing/label-keys.js';
import { tagRead } from './sourcing/tag.js';
import { ReportingSubject } from './sourcing/reporting-subject.js';
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
   * When `blocks` are runs of a document's blocks, not all of it: each run's first block starts
   * a fresh match context and tagger memory, first read through `before` (the document's blocks
   * just before the run, whose results are dropped), so a pronoun opening the run finds who they
   * named, as in one scan of the whole document.
   */
  runs?: readonly ScanRun[];
}

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
  // Every block is segmented before any is read: ICU's segmenter then runs with its code and
  // tables warm in the cache, not evicted by the tagger and matcher after every block.
  const segmented = blocks.map(segmentBlock);
  // What "It" opening a sentence may stand for, carried from paragraph to paragraph.
  let subject = new ReportingSubject();
  for (let block = 0; block < blocks.length; block++) {
    const before = runs.get(block);
    if (before) {
      // As in one scan of the whole page, the tagger and the matcher read the text before the run first.
      if (matcher) context = matcher.newContext({ confidentOnly: !keepPossible });
      subject = new ReportingSubject();
      for (const text of before) {
        const read = readBlock(text, segmentBlock(text));
        tagRead(read, labels, subject);
        if (matcher && context) matcher.matchRead(read, context);
      }
    }
    const text = blocks[block]!;
    const spans = segmented[block]!;
    sentenceCounts.push(spans.length);
    if (spans.length === 0) continue;
    // One reading of the block serves both the tagger and the matcher.
    const read = readBlock(text, spans);
    const cues: SourcingCue[][] = tagRead(read, labels, subject);
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
