/**
 * One sentence seen by the tagger: its token range and every lexicon phrase found in it, indexed
 * by position so that each question the rules ask ("is there an outlet name in these tokens?")
 * looks only at the tokens concerned: a sentence with thousands of cues stays linear.
 */
import { ANCHORS, type CueCategory, type CueData } from './cue-table.js';
import { table, words } from './lexicon.js';
import type { Hit } from './phrase-table.js';
import { isTitleCase as titleCase, type WordCase } from './title-case.js';
import type { Token } from './tokens.js';

export type CueHit = Hit<CueCategory, CueData>;

export interface SentenceView {
  tokens: readonly Token[];
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Sorted by start, longest first. */
  hits: CueHit[];
  /** For token `from + k`, the index of the first hit starting there or later (a buffer shared by every view). */
  firstHit: Int32Array;
  /** The sentence holds a quote mark. */
  quotes: boolean;
  /** Whether the sentence is a title-case headline: undefined until isTitleCase first asks. */
  titleCase: boolean | undefined;
}

/** Reused by every view: only one sentence is read at a time. */
let firstHitBuffer = new Int32Array(256);

/** The sentence's phrases, or null when it holds nothing that could attribute it (the fast path). */
export function viewSentence(tokens: readonly Token[], from: number, to: number, always = false): SentenceView | null {
  const hits = table.findAll(tokens, from, to);
  dropExcluded(hits);
  splitParticleDenials(tokens, hits, to);
  if (!always && !hasAnchor(hits)) return null;
  if (firstHitBuffer.length < to - from + 1) firstHitBuffer = new Int32Array((to - from + 1) * 2);
  const firstHit = firstHitBuffer;
  let h = 0;
  for (let k = from; k <= to; k++) {
    while (h < hits.length && hits[h]!.from < k) h++;
    firstHit[k - from] = h;
  }
  let quotes = false;
  for (let k = from; k < to && !quotes; k++) quotes = tokens[k]!.quote !== undefined;
  return { tokens, from, to, hits, firstHit, quotes, titleCase: undefined };
}

/** "surveillance cameras", "disease surveillance": surveillance words that are not about intercepted communications. */
function dropExcluded(hits: CueHit[]): void {
  let kept = 0;
  let exclusionEnd = -1;
  for (const hit of hits) {
    if (hit.category === 'interceptExclusion') exclusionEnd = Math.max(exclusionEnd, hit.to);
    if (hit.category !== 'interceptStrong' || hit.to > exclusionEnd) hits[kept++] = hit;
  }
  if (kept < hits.length) hits.length = kept;
}

/** How many tokens a split particle verb's object may take ("swatted the whole story away"). */
const OBJECT_SPAN = 4;

/**
 * "brushed the report aside", "swatted the story away": a particle verb whose particle follows a
 * claim as its object denies it, like "rejected the report".
 */
function splitParticleDenials(tokens: readonly Token[], hits: CueHit[], to: number): void {
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h]!;
    if (hit.category !== 'particleVerb') continue;
    let claim = false;
    for (let k = h + 1; k < hits.length && hits[k]!.from <= hit.to + OBJECT_SPAN; k++) if (hits[k]!.category === 'claimObject') claim = true;
    if (!claim) continue;
    const last = Math.min(to, hit.to + OBJECT_SPAN + 1);
    for (let k = hit.to + 1; k < last && tokens[k]!.word; k++) {
      if (hit.phrase.data.particles!.includes(tokens[k]!.text)) {
        hits[h] = { phrase: hit.phrase, category: 'denialVerb', from: hit.from, to: hit.to };
        break;
      }
    }
  }
}

function hasAnchor(hits: readonly CueHit[]): boolean {
  for (const hit of hits) if (ANCHORS.has(hit.category)) return true;
  return false;
}

/** The hit of a category that starts at token `i`. */
export function hitAt(view: SentenceView, category: CueCategory, i: number): CueHit | undefined {
  if (i < view.from || i >= view.to) return undefined;
  const end = view.firstHit[i - view.from + 1]!;
  for (let h = view.firstHit[i - view.from]!; h < end; h++) if (view.hits[h]!.category === category) return view.hits[h];
  return undefined;
}

/** A hit of any of `categories` starting at token `i` ("the intercepts show": a verb of its own there). */
export function hitOfAnyAt(view: SentenceView, categories: Iterable<CueCategory>, i: number): CueHit | undefined {
  for (const category of categories) {
    const hit = hitAt(view, category, i);
    if (hit) return hit;
  }
  return undefined;
}

/** First hit of a category starting in tokens [first, last] and ending by `end` (inclusive). */
export function hitStartingIn(view: SentenceView, category: CueCategory, first: number, last: number, end = view.to): CueHit | undefined {
  const a = Math.max(first, view.from) - view.from;
  const b = Math.min(last + 1, view.to) - view.from;
  if (a >= b) return undefined;
  for (let h = view.firstHit[a]!; h < view.firstHit[b]!; h++) {
    const hit = view.hits[h]!;
    if (hit.category === category && hit.to - 1 <= end) return hit;
  }
  return undefined;
}

/** First hit of a category lying within tokens [from, to] (inclusive). */
export function hitWithin(view: SentenceView, category: CueCategory, from: number, to: number): CueHit | undefined {
  return hitStartingIn(view, category, from, to, to);
}

/** The hit of a category that ends at token `i` (inclusive) and starts at `from` or later. */
export function hitEndingAt(view: SentenceView, category: CueCategory, i: number, from = view.from): CueHit | undefined {
  // One pass over the hits starting in reach, in order of start: a category has one hit per start.
  const a = Math.max(from, i - table.longest + 1, view.from) - view.from;
  const b = Math.min(i + 1, view.to) - view.from;
  for (let h = a < b ? view.firstHit[a]! : 0, end = a < b ? view.firstHit[b]! : 0; h < end; h++) {
    const hit = view.hits[h]!;
    if (hit.category === category && hit.to - 1 === i) return hit;
  }
  return undefined;
}

/** Whether tokens [from, to) lie inside a hit of a category. */
export function insideHit(view: SentenceView, category: CueCategory, from: number, to: number): boolean {
  for (let k = Math.max(view.from, from - table.longest + 1); k <= from; k++) {
    const a = k - view.from;
    if (a >= view.to - view.from) break;
    for (let h = view.firstHit[a]!; h < view.firstHit[a + 1]!; h++) {
      const hit = view.hits[h]!;
      if (hit.category === category && hit.to >= to) return true;
    }
  }
  return false;
}

export function isQuotedHit(view: SentenceView, hit: CueHit): boolean {
  return view.tokens[hit.from]!.quoted;
}

/** "the Foreign Intelligence Surveillance Act": a surveillance word inside the name of a law or a court. */
export function inLawName(view: SentenceView, hit: CueHit): boolean {
  const { tokens } = view;
  let k = hit.to;
  while (k < view.to && k - hit.to < 3 && tokens[k]!.cap && !words.interceptNameHeads.has(tokens[k]!.text)) k++;
  return tokens[hit.from]!.cap && k > hit.from && k < view.to && tokens[k]!.cap && words.interceptNameHeads.has(tokens[k]!.text);
}

/** A headline in title case ("Mayor Says She Never Met Him"), where a capital marks no name: worked out once per view. */
export function isTitleCase(view: SentenceView): boolean {
  view.titleCase ??= titleCase(wordCase(view.tokens), view.from, view.to);
  return view.titleCase;
}

function wordCase(tokens: readonly Token[]): WordCase {
  return {
    length: (k) => (tokens[k]!.word ? tokens[k]!.end - tokens[k]!.start : 0),
    capital: (k) => tokens[k]!.cap,
    lowerWord: (k) => tokens[k]!.text,
  };
}
