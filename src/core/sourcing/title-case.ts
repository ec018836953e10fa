/**
 * Headlines in title case ("Attorney General Recuses Himself From Russia Probe amid Pressure"),
 * where a capital marks no name: one test for the tagger (sentence.ts) and the claim matcher
 * (match/borrowed-titles.ts), each reading its own tokens through a WordCase.
 */
import { words } from './lexicon.js';

/** Shortest word a title-case headline capitalises ("Mayor Says She Will Stay", not "of" or "the"). */
const TITLE_WORD = 4;
/** How many capitalised words of that length a headline needs. */
const TITLE_WORDS = 4;

/** What the test reads of token k. */
export interface WordCase {
  /** Its length in characters; 0 for punctuation or a number. */
  length(k: number): number;
  capital(k: number): boolean;
  /** The word in lower case; asked only of a long word without a capital. */
  lowerWord(k: number): string;
}

/**
 * Whether tokens [from, to) are a headline in title case: at least four words of four letters or
 * more, every one capitalised but for the prepositions and conjunctions some styles keep in lower
 * case however long ("amid", "like": lexicon lowerInTitles).
 */
export function isTitleCase(tokens: WordCase, from: number, to: number): boolean {
  let capitalised = 0;
  for (let k = from; k < to; k++) {
    if (tokens.length(k) < TITLE_WORD) continue;
    if (tokens.capital(k)) capitalised++;
    else if (!words.lowerInTitles.has(tokens.lowerWord(k))) return false;
  }
  return capitalised >= TITLE_WORDS;
}
