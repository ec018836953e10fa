/** Shared helpers for matcher tests: the bundled database, and hits of sentences. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBundledPacks } from '../../../../src/cli/bundled-packs.js';
import type { ClaimPack } from '../../../../src/core/claims/schema.js';
import { compileMatcher, type ClaimMatcher } from '../../../../src/core/match/index.js';
import type { ClaimHit } from '../../../../src/core/report.js';
import { scanBlocks } from '../../../../src/core/scan.js';

const claimsDir = join(fileURLToPath(new URL('.', import.meta.url)), '../../../../extension/claims');

export const bundledPacks: readonly ClaimPack[] = loadBundledPacks(claimsDir);
export const bundled: ClaimMatcher = compileMatcher(bundledPacks);

/** Hits of each block taken as one sentence-or-more block, confident and possible. */
export function hitsOf(matcher: ClaimMatcher, blocks: readonly string[]): ClaimHit[] {
  return scanBlocks(blocks, matcher, { confidence: 'possible' }).flatMap((sentence) => sentence.claims);
}

/** Ids of the confident claims found in one sentence (read in a document of its own). */
export function confidentIds(sentence: string, matcher: ClaimMatcher = bundled, before: readonly string[] = []): string[] {
  const results = scanBlocks([...before, sentence], matcher);
  return results.filter((r) => r.block === before.length).flatMap((r) => r.claims.map((hit) => hit.id)).sort();
}
