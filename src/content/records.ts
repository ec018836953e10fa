/**
 * What the content script knows about the page: each block it read, the sentences the
 * background found in it, and the ranges painted for its claims. From these it builds the
 * frame's report and a tooltip's contents.
 */
import type { SentenceResult, SourcingCue } from '../core/report.js';
import { SOURCING_KINDS, type SourcingKind } from '../core/sourcing-kinds.js';
import type { Hittable } from '../page/hit-test.js';
import { isRendered } from '../page/ranges.js';
import type { TextBlock } from '../page/text-block.js';
import type { ClaimView, FoundClaim, FrameSourcing } from '../platform/messages.js';
import type { RelatedClaim, TooltipData } from '../ui/tooltip/Tooltip.js';

export interface BlockRecord {
  key: number;
  block: TextBlock;
  /** Sentences with a claim or a sourcing cue, as the background found them. */
  results: SentenceResult[];
  /** The claim sentences among them, with their ranges. */
  claims: PaintedSentence[];
  /** Ranges painted for sourcing cues (only the kinds the reader turned on). */
  cueRanges: Range[];
  /** Every sentence of the block, found or not (the profile's denominator). */
  sentenceCount: number;
}

export interface PaintedSentence extends Hittable {
  record: BlockRecord;
  result: SentenceResult;
  /** Null when the sentence could not be mapped to the page (changed meanwhile). */
  range: Range | null;
  /**
   * True when drawn with a size on screen; hidden sentences are found but not anchored. Null
   * until first needed: measuring forces layout, which painting itself never does.
   */
  anchored: boolean | null;
}

/** Whether the sentence is drawn with a size (measured once, when first asked). */
export function isAnchored(sentence: PaintedSentence): boolean {
  sentence.anchored ??= !!sentence.range && isRendered(sentence.range);
  return sentence.anchored;
}

function kindsOf(cues: readonly SourcingCue[]): SourcingKind[] {
  const present = new Set(cues.map((cue) => cue.kind));
  return SOURCING_KINDS.filter((kind) => present.has(kind));
}

/**
 * One entry per claim: its first anchored sentence in reading order (else its first sentence).
 * A sentence is measured only while one of its claims still lacks an anchored sentence, so a
 * long page with many sentences of the same few claims forces few layout reads.
 */
export function foundClaims(records: Iterable<BlockRecord>, views: ReadonlyMap<string, ClaimView>): FoundClaim[] {
  const found = new Map<string, FoundClaim>();
  const ordered = [...records].sort((a, b) => a.key - b.key);
  for (const record of ordered) {
    for (const sentence of record.claims) {
      if (sentence.result.claims.every((hit) => !views.has(hit.id) || found.get(hit.id)?.anchored)) continue;
      const anchored = isAnchored(sentence);
      for (const hit of sentence.result.claims) {
        const view = views.get(hit.id);
        const previous = found.get(hit.id);
        if (!view || (previous && (previous.anchored || !anchored))) continue;
        found.set(hit.id, {
          id: hit.id,
          statement: view.statement,
          status: view.status,
          score: hit.score,
          confidence: hit.confidence,
          anchored,
          sentence: sentence.result.text,
          hit,
          pageSourcing: kindsOf(sentence.result.sourcing),
        });
      }
    }
  }
  return [...found.values()];
}

/** What the background builds the frame's sourcing profile from: the sentences with cues, and the sentence count. */
export function frameSourcing(records: Iterable<BlockRecord>): FrameSourcing {
  const sentences: SentenceResult[] = [];
  let sentenceCount = 0;
  for (const record of records) {
    for (const result of record.results) if (result.sourcing.length > 0) sentences.push(result);
    sentenceCount += record.sentenceCount;
  }
  return { sentences, sentenceCount };
}

/** The tooltip for `claimId` in a sentence, or null when the claim's details are unknown. */
export function tooltipData(sentence: PaintedSentence, claimId: string, views: ReadonlyMap<string, ClaimView>): TooltipData | null {
  const claim = views.get(claimId);
  const hit = sentence.result.claims.find((candidate) => candidate.id === claimId);
  if (!claim || !hit) return null;
  const related: RelatedClaim[] = [];
  const seen = new Set([claimId]);
  const add = (id: string, relation: RelatedClaim['relation']) => {
    if (seen.has(id)) return;
    seen.add(id);
    related.push({ id, relation, statement: views.get(id)?.statement });
  };
  for (const link of claim.related) add(link.claim, link.relation);
  for (const other of sentence.result.claims) add(other.id, 'competing');
  for (const id of hit.related ?? []) add(id, 'competing');
  const paragraphCues = sentence.record.results.filter((other) => other !== sentence.result).flatMap((other) => other.sourcing);
  return { claim, hit, sentenceCues: sentence.result.sourcing, paragraphCues, related };
}
