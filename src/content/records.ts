/**
 * What the content script knows about the page: each block it read, the sentences the
 * background found in it, and the ranges painted for them. From these it builds the frame's
 * report and a tooltip's contents.
 */
import type { SentenceResult, SourcingCue } from '../core/report.js';
import { SOURCING_KINDS, type SourcingKind } from '../core/sourcing-kinds.js';
import type { Hittable } from '../page/hit-test.js';
import type { TextBlock } from '../page/text-block.js';
import type { ClaimView, FoundClaim } from '../platform/messages.js';
import type { RelatedClaim, TooltipData } from '../ui/tooltip/Tooltip.js';

export interface BlockRecord {
  key: number;
  block: TextBlock;
  /** Sentences with a claim or a sourcing cue. */
  sentences: PaintedSentence[];
  /** Every sentence of the block, found or not (the profile's denominator). */
  sentenceCount: number;
}

export interface PaintedSentence extends Hittable {
  record: BlockRecord;
  result: SentenceResult;
  /** Null when the sentence could not be mapped to the page (changed meanwhile). */
  range: Range | null;
  /** True when painted with a size on screen; hidden sentences are found but not anchored. */
  anchored: boolean;
  cues: { kind: SourcingKind; range: Range }[];
}

export function hasClaim(sentence: PaintedSentence): boolean {
  return sentence.result.claims.length > 0;
}

function kindsOf(cues: readonly SourcingCue[]): SourcingKind[] {
  const present = new Set(cues.map((cue) => cue.kind));
  return SOURCING_KINDS.filter((kind) => present.has(kind));
}

/** One entry per claim: its first painted sentence in reading order (else its first sentence). */
export function foundClaims(records: Iterable<BlockRecord>, views: ReadonlyMap<string, ClaimView>): FoundClaim[] {
  const found = new Map<string, FoundClaim>();
  const ordered = [...records].sort((a, b) => a.key - b.key);
  for (const record of ordered) {
    for (const sentence of record.sentences) {
      for (const hit of sentence.result.claims) {
        const view = views.get(hit.id);
        const previous = found.get(hit.id);
        if (!view || (previous && (previous.anchored || !sentence.anchored))) continue;
        found.set(hit.id, {
          id: hit.id,
          statement: view.statement,
          status: view.status,
          score: hit.score,
          confidence: hit.confidence,
          anchored: sentence.anchored,
          sentence: sentence.result.text,
          hit,
          pageSourcing: kindsOf(sentence.result.sourcing),
        });
      }
    }
  }
  return [...found.values()];
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
  const paragraphCues = sentence.record.sentences.filter((other) => other !== sentence).flatMap((other) => other.result.sourcing);
  return { claim, hit, sentenceCues: sentence.result.sourcing, paragraphCues, related };
}
