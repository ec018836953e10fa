/**
 * Whether a speaker's phrase names a group of people ("people close to him", "two officials")
 * rather than one person or a body: a plural in the phrase's core. Apart from speaker-phrases.ts,
 * which finds where a phrase starts and ends, because only the block's memory of who spoke asks.
 */
import { words } from './lexicon.js';
import type { Token } from './tokens.js';

/** Words that end a speaker's core before its head could be read past ("people who ...", "aides, ..."). */
const CORE_ENDS = new Set(['who', 'whom', 'that', 'which', ',']);

/** Plural-looking endings of words that are no plurals: "anonymous", "various", "this", "press". */
const NOT_PLURAL = /(?:ss|ous|is|us)$/;

/** Whether the speaker phrase [from, to] names a group ("people close to him", "two officials"): a plural in its core. */
export function namesGroup(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const token = tokens[k]!;
    if (CORE_ENDS.has(token.text) || (k > from && words.prepositions.has(token.text))) return false;
    if (token.text === 'people' || (token.word && token.plural && !token.poss && isCommonNoun(tokens, k) && !NOT_PLURAL.test(token.text))) return true;
  }
  return false;
}

/**
 * Whether the word at `k` is no name: a capital marks one ("Democrats", "the Times") except at
 * the sentence's start ("Officials said so"), or on a word for unnamed people, which headlines
 * and labels capitalise ("Two Officials Say").
 */
function isCommonNoun(tokens: readonly Token[], k: number): boolean {
  if (!tokens[k]!.cap || words.unnamedHeads.has(tokens[k]!.text)) return true;
  for (let j = 0; j < k; j++) if (tokens[j]!.word) return false;
  return true;
}
