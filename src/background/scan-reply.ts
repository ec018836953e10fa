/**
 * The scan reply as it travels to the content script: offsets only (the content script has
 * the text), hits without their reasons (a tooltip asks for them), cues as [kind, start, end],
 * and only the statement and status of each claim hit. Sending a long page's results costs the
 * page's main thread about 15 ns per byte, so every byte left out is time given back to it.
 */
import type { ClaimHit, SentenceResult } from '../core/report.js';
import type { ClaimLabel, ClaimView, HitSummary, ScanReply, SentenceSpan } from '../platform/messages.js';

export function hitSummary(hit: ClaimHit): HitSummary {
  return hit.related ? { id: hit.id, score: hit.score, confidence: hit.confidence, related: hit.related } : { id: hit.id, score: hit.score, confidence: hit.confidence };
}

export function scanReply(results: readonly SentenceResult[], getClaim: (id: string) => ClaimView | undefined): ScanReply {
  const claims: Record<string, ClaimLabel> = {};
  const sentences = results.map((result): SentenceSpan => {
    const cues = result.sourcing.map((cue): [typeof cue.kind, number, number] => [cue.kind, cue.start, cue.end]);
    if (result.claims.length === 0) return [result.block, result.start, result.end, cues];
    for (const hit of result.claims) {
      const view = claims[hit.id] ? undefined : getClaim(hit.id);
      if (view) claims[hit.id] = { statement: view.statement, status: view.status };
    }
    return [result.block, result.start, result.end, cues, result.claims.map(hitSummary)];
  });
  return { sentences, claims };
}
