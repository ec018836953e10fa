/**
 * The memory word a negation bears on: "does not recall", "did not specifically remember", "has
 * no clear memory of". Polarity reads what follows it as forgotten rather than denied; the
 * rememberer (rememberer.ts) reads back across the same qualifiers to find whose memory it is.
 */
import type { Tokens } from '../text/tokenize.js';
import { startsAt, type PhraseHits } from './phrase-lookup.js';
import { BRIDGE_REACH, bridging, wordAt } from './verb-forms.js';

/** Words that qualify a memory word after its negation: "does not have any recollection", "no clear memory". */
export const MEMORY_QUALIFIERS: ReadonlySet<string> = new Set(['any', 'clear', 'specific', 'particular']);

/**
 * The token of the memory word a negation ending at token `end` bears on, next to it or across
 * auxiliaries, adverbs and qualifiers ("did not specifically recall", "has no clear memory of"),
 * or -1; `h`: the hit to look from, `memory`: the memory cue.
 */
export function memoryAfter(text: string, tokens: Tokens, hits: PhraseHits, h: number, end: number, memory: number): number {
  for (let k = end + 1; k <= end + 1 + BRIDGE_REACH && k < tokens.count; k++) {
    if (startsAt(hits, h, k, memory)) return k;
    const word = wordAt(text, tokens, k);
    if (!bridging(word) && !MEMORY_QUALIFIERS.has(word)) return -1;
  }
  return -1;
}
