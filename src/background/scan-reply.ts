/**
 * The scan reply as it travels to the content script: offsets only (the content script has
 * the text), hits without their reasons (a tooltip asks for them), cues as [kind, start, end],
 * and only the statement and status of each claim hit. Sending a long page's results costs the
 * page's main thread about 15 ns per byte, so every byte left out is time given back to it.
 * Built from the scans the background keeps (frame-scans.ts), whose cue tuples it shares.
 */
import type { ClaimHit } from '../core/report.js';
import type { ClaimLabel, ClaimView, HitSummary, ScanReply, SentenceSpan } from '../platform/messages.js';
import type { BlockScan } from './frame-scans.js';

export function hitSummary(hit: ClaimHit): HitSummary {
  return hit.related ? { id: hit.id, score: hit.score, confidence: hit.confidence, related: hit.related } : { id: hit.id, score: hit.score, confidence: hit.confidence };
}

/** The reply to one scan request, from its blocks' scans (block i answers the request's block i). */
export function scanReply(blocks: readonly BlockScan[], getClaim: (id: string) => ClaimView | undefined): ScanReply {
  const claims: Record<string, ClaimLabel> = {};
  const sentences: SentenceSpan[] = [];
  blocks.forEach((block, index) => {
    for (const { start, end, cues, hits } of block.sentences) {
      if (hits.length === 0) {
        sentences.push([index, start, end, cues]);
        continue;
      }
      for (const hit of hits) {
        const view = claims[hit.id] ? undefined : getClaim(hit.id);
        if (view) claims[hit.id] = { statement: view.statement, status: view.status };
      }
      sentences.push([index, start, end, cues, hits.map(hitSummary)]);
    }
  });
  return { sentences, claims };
}
