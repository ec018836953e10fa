/**
 * What the content script knows about the page: each block it read, the sentences the
 * background found in it, and the ranges painted for its claims. From these it builds the
 * frame's report and a tooltip's contents.
 */
import type { SourcingCue } from '../core/report.js';
import type { Hittable } from '../page/hit-test.js';
import { isRendered } from '../page/ranges.js';
import type { TextBlock } from '../page/text-block.js';
import { cuesInText, type ClaimLabel, type ClaimRef, type CueSpan, type HitDetails, type HitSummary, type SentenceSpan } from '../platform/messages.js';
import type { RelatedClaim, TooltipData } from '../ui/tooltip/Tooltip.js';

/** A sentence the background found in a block, by its offsets in the block's text. */
export interface FoundSentence {
  start: number;
  end: number;
  hits: HitSummary[];
  cues: CueSpan[];
}

export interface BlockRecord {
  key: number;
  /**
   * The key the block's text was scanned under: its own, or that of an earlier block with the
   * same text (read again from the session's cache, not sent again). Reports name blocks by it.
   */
  scanKey: number;
  block: TextBlock;
  /** Sentences with a claim or a sourcing cue, as the background found them. */
  results: FoundSentence[];
  /** The claim sentences among them, with their ranges. */
  claims: PaintedSentence[];
  /** Ranges painted for sourcing cues (only the kinds the reader turned on). */
  cueRanges: Range[];
  /** Whether the background's results for its text arrived (a report names only such blocks). */
  scanned: boolean;
}

export interface PaintedSentence extends Hittable {
  record: BlockRecord;
  result: FoundSentence;
  /** Null when the sentence could not be mapped to the page (changed meanwhile). */
  range: Range | null;
  /**
   * True when drawn with a size on screen; hidden sentences are found but not anchored. Null
   * until first needed: measuring forces layout, which painting itself never does.
   */
  anchored: boolean | null;
}

const NO_HITS: FoundSentence['hits'] = [];

/** Each block's sentences in a scan reply for `batch`; a span outside its block is dropped. */
export function sentencesByBlock(batch: readonly BlockRecord[], sentences: readonly SentenceSpan[]): FoundSentence[][] {
  const results = batch.map((): FoundSentence[] => []);
  for (const [block, start, end, cues, hits] of sentences) {
    const record = batch[block];
    if (record && start >= 0 && start < end && end <= record.block.text.length) results[block]!.push({ start, end, cues, hits: hits ?? NO_HITS });
  }
  return results;
}

/** The words of a span of the record's block, as they were read (and scanned). */
export function textOf(record: BlockRecord, span: { start: number; end: number }): string {
  return record.block.text.slice(span.start, span.end);
}

/** Whether the sentence is drawn with a size (measured once, when first asked). */
export function isAnchored(sentence: PaintedSentence): boolean {
  sentence.anchored ??= !!sentence.range && isRendered(sentence.range);
  return sentence.anchored;
}

/**
 * One entry per claim: its first anchored sentence in `records` (in page order), else its first
 * sentence.
 * A sentence is measured only while one of its claims still lacks an anchored sentence, so a
 * long page with many sentences of the same few claims forces few layout reads.
 */
export function claimRefs(records: Iterable<BlockRecord>, known: ReadonlyMap<string, ClaimLabel>): ClaimRef[] {
  const found = new Map<string, ClaimRef>();
  for (const record of records) {
    for (const sentence of record.claims) {
      if (sentence.result.hits.every((hit) => !known.has(hit.id) || found.get(hit.id)?.anchored)) continue;
      const anchored = isAnchored(sentence);
      for (const hit of sentence.result.hits) {
        const previous = found.get(hit.id);
        if (!known.has(hit.id) || (previous && (previous.anchored || !anchored))) continue;
        found.set(hit.id, { id: hit.id, anchored, block: record.scanKey, start: sentence.result.start });
      }
    }
  }
  return [...found.values()];
}

/**
 * The scan key of every block read and scanned, in the order of `records` (the page's): what
 * the background builds the frame's profile from. Blocks whose scan is still on its way wait
 * for the next report.
 */
export function reportedBlocks(records: Iterable<BlockRecord>): number[] {
  const keys: number[] = [];
  for (const record of records) if (record.scanned) keys.push(record.scanKey);
  return keys;
}

/** The tooltip for `claimId` in a sentence, or null when the claim's details are unknown. */
export function tooltipData(sentence: PaintedSentence, claimId: string, details: HitDetails): TooltipData | null {
  const claim = details.claims[claimId];
  const hit = sentence.result.hits.find((candidate) => candidate.id === claimId);
  if (!claim || !hit) return null;
  const related: RelatedClaim[] = [];
  const seen = new Set([claimId]);
  const add = (id: string, relation: RelatedClaim['relation']) => {
    if (seen.has(id)) return;
    seen.add(id);
    related.push({ id, relation, statement: details.claims[id]?.statement });
  };
  for (const link of claim.related) add(link.claim, link.relation);
  for (const other of sentence.result.hits) add(other.id, 'competing');
  for (const id of hit.related ?? []) add(id, 'competing');
  const { record } = sentence;
  const paragraphCues = record.results.filter((other) => other !== sentence.result).flatMap((other) => cuesInText(record.block.text, other.cues));
  return { claim, hit, reasons: details.reasons, sentenceCues: cuesInText(record.block.text, sentence.result.cues), paragraphCues, related };
}
