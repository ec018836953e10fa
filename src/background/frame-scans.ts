/**
 * What the background keeps of the scans it answered for one frame's document, and what it
 * builds from them when the frame reports: the frame's claims and the input of its sourcing
 * profile. A frame names blocks by scan key and claims by the sentence they were found in;
 * only results the background produced itself are ever used. Pure, so it is unit-tested alone.
 */
import type { ClaimHit, SentenceResult, SourcingCue } from '../core/report.js';
import { SOURCING_KINDS } from '../core/sourcing-kinds.js';
import { cuesInText, type ClaimRef, type ClaimView, type CueSpan, type FoundClaim, type HitQuery } from '../platform/messages.js';

export interface ScannedSentence {
  start: number;
  end: number;
  hits: ClaimHit[];
  cues: CueSpan[];
}

export interface BlockScan {
  /** The block's text; '' when none of its sentences has a claim or a cue (nothing of it is read). */
  text: string;
  sentenceCount: number;
  sentences: ScannedSentence[];
}

export interface FrameScans {
  document: string;
  /** The content script's session (`ScanRequest.generation`) the scan keys belong to. */
  session: number;
  /** By scan key. A plain object, as session storage keeps it. */
  blocks: Record<string, BlockScan>;
}

/** One `BlockScan` per scanned text, from the scan's results (`block` indexes `texts`). */
export function blockScans(texts: readonly string[], results: readonly SentenceResult[], counts: readonly number[]): BlockScan[] {
  const blocks: BlockScan[] = texts.map((_, i) => ({ text: '', sentenceCount: counts[i] ?? 0, sentences: [] }));
  for (const result of results) {
    const block = blocks[result.block];
    if (!block) continue;
    block.text = texts[result.block]!;
    block.sentences.push({ start: result.start, end: result.end, hits: result.claims, cues: result.sourcing.map((cue) => [cue.kind, cue.start, cue.end]) });
  }
  return blocks;
}

/**
 * Adds scanned blocks under their keys. Another document or a newer session starts afresh; a
 * scan of an older session (a late reply to a session the frame has left) changes nothing.
 */
export function addBlocks(previous: FrameScans | null, document: string, session: number, keyed: ReadonlyMap<number, BlockScan>): FrameScans {
  const fresh = !previous || previous.document !== document || previous.session < session;
  if (!fresh && previous.session > session) return previous;
  const scans: FrameScans = fresh ? { document, session, blocks: {} } : previous;
  for (const [key, block] of keyed) scans.blocks[key] = block;
  return scans;
}

/** Whether `scans` are of the frame's `document` and scan `session` (a report or question names both). */
export function holds(scans: FrameScans | null | undefined, document: string, session: number): scans is FrameScans {
  return !!scans && scans.document === document && scans.session === session;
}

/**
 * The hits of the sentence a tooltip asks about, when `scans` hold its block with the very text
 * asked about (none when the block has no such sentence); null when they do not hold it.
 */
export function heldHits(scans: FrameScans | null | undefined, query: HitQuery): readonly ClaimHit[] | null {
  const held = holds(scans, query.document, query.generation) ? scans.blocks[query.block] : undefined;
  if (!held || held.text !== query.text) return null;
  return held.sentences.find((sentence) => sentence.start === query.start)?.hits ?? [];
}

/**
 * The blocks a report names, in its order, and the keys of those not held (every key when the
 * scans are of another document or session): the report can be answered only when none is missing.
 */
export function namedBlocks(scans: FrameScans | null, document: string, session: number, keys: readonly number[]): { blocks: BlockScan[]; missing: number[] } {
  if (keys.length === 0) return { blocks: [], missing: [] };
  if (!holds(scans, document, session)) return { blocks: [], missing: [...new Set(keys)] };
  const blocks: BlockScan[] = [];
  const missing = new Set<number>();
  for (const key of keys) {
    const block = scans.blocks[key];
    if (block) blocks.push(block);
    else missing.add(key);
  }
  return { blocks, missing: [...missing] };
}

/** What `buildProfile` reads: the sentences with sourcing cues, and every sentence counted. */
export function profileInput(blocks: readonly BlockScan[]): { sentences: SentenceResult[]; sentenceCount: number } {
  const sentences: SentenceResult[] = [];
  let sentenceCount = 0;
  blocks.forEach((block, index) => {
    sentenceCount += block.sentenceCount;
    for (const sentence of block.sentences) {
      if (sentence.cues.length === 0) continue;
      const { start, end } = sentence;
      sentences.push({ block: index, start, end, text: block.text.slice(start, end), claims: [], sourcing: cuesInText(block.text, sentence.cues) });
    }
  });
  return { sentences, sentenceCount };
}

/**
 * A claim as the popup lists it, entirely from the background's own results and database; null
 * when the named block (one of the report's) holds no such hit, or the claim is not known.
 */
export function foundClaim(scans: FrameScans, reported: ReadonlySet<number>, ref: ClaimRef, view: ClaimView | undefined): FoundClaim | null {
  const block = reported.has(ref.block) ? scans.blocks[ref.block] : undefined;
  const sentence = block?.sentences.find((candidate) => candidate.start === ref.start);
  const hit = sentence?.hits.find((candidate) => candidate.id === ref.id);
  if (!block || !sentence || !hit || !view) return null;
  const kinds = new Set(sentence.cues.map(([kind]) => kind));
  return {
    id: hit.id,
    statement: view.statement,
    status: view.status,
    score: hit.score,
    confidence: hit.confidence,
    anchored: ref.anchored,
    sentence: block.text.slice(sentence.start, sentence.end),
    pageSourcing: SOURCING_KINDS.filter((kind) => kinds.has(kind)),
  };
}

/** Keeps only the blocks a report named (the rest left the page); returns whether anything went. */
export function keepBlocks(scans: FrameScans, keys: readonly number[]): boolean {
  const kept = new Set(keys.map(String));
  let dropped = false;
  for (const key of Object.keys(scans.blocks)) {
    if (kept.has(key)) continue;
    delete scans.blocks[key];
    dropped = true;
  }
  return dropped;
}

/** Roughly how many characters the scans take when stored (their texts plus a little per sentence). */
export function sizeOf(scans: FrameScans): number {
  let size = 64;
  for (const block of Object.values(scans.blocks)) size += 24 + block.text.length + block.sentences.length * 48;
  return size;
}
