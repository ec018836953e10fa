/**
 * Word tokens of normalised text, each mapped to its stem's id in a `Vocabulary`, plus the
 * punctuation that closes a clause.
 */
import { FNV_OFFSET, FNV_PRIME, hashOf, type Vocabulary } from './vocabulary.js';

/** Id given to clause punctuation (, ; : ( ) [ ] and dashes between words); word ids are >= 0 or UNKNOWN (-1). */
export const BREAK = -2;
/** Id given to a double quote: it opens or closes a quotation, not a clause. */
export const QUOTE = -3;

/**
 * Tokens of one block, reused between blocks to avoid allocation. Offsets are in the
 * normalised text; `count` tokens are valid.
 */
export class Tokens {
  count = 0;
  ids = new Int32Array(256);
  starts = new Uint32Array(256);
  ends = new Uint32Array(256);

  /** Room for `size` tokens (a text of n characters has at most n + 1). */
  reserve(size: number): void {
    if (this.ids.length >= size) return;
    const capacity = Math.max(size, this.ids.length * 2);
    this.ids = new Int32Array(capacity);
    this.starts = new Uint32Array(capacity);
    this.ends = new Uint32Array(capacity);
  }
}

/**
 * Fills `out` with the tokens of normalised `text`: words (letters and digits, with a clitic
 * such as "kislyak's" or "hadn't"; dotted acronyms such as "u.s."), and clause punctuation
 * (, ; : ( ) [ ] an em dash, a hyphen standing between spaces) and double quotes. Possessives
 * drop their "'s"; "n't" becomes its own "not" token so negation is seen. `intern` (compile
 * time) adds unknown stems. A hand-written scanner: this runs on every word of every page.
 */
export function tokenize(text: string, vocabulary: Vocabulary, out: Tokens, notId: number, intern = false): void {
  const length = text.length;
  out.reserve(length + 1);
  const { ids, starts, ends } = out;
  let count = 0;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      const kind = punctuation(text, i, code);
      if (kind !== 0) {
        ids[count] = kind;
        starts[count] = i;
        ends[count++] = i + 1;
      }
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_OFFSET;
    let end = code >= 97 && code <= 122 && text.charCodeAt(i + 1) === 46 ? dottedAcronymEnd(text, i) : 0;
    if (end > 0) hash = hashOf(text, start, end);
    else {
      // The word, hashed on the way for the vocabulary memo.
      for (let c = code; isWordChar(c); c = text.charCodeAt(++i)) hash = Math.imul(hash ^ c, FNV_PRIME);
      end = i;
    }
    i = end;
    // A clitic: an apostrophe followed by letters ("'s", "n't", "'re").
    if (text.charCodeAt(i) === 39 && isLetter(text.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < length && isLetter(text.charCodeAt(j))) j++;
      if (j === i + 2 && text.charCodeAt(i + 1) === 116 && text.charCodeAt(i - 1) === 110) {
        const base = contractionBase(text.slice(start, i - 1));
        ids[count] = intern ? vocabulary.internWord(base) : vocabulary.lookup(base, 0, base.length);
        starts[count] = start;
        ends[count++] = i - 1;
        ids[count] = notId;
        starts[count] = i - 1;
        ends[count++] = j;
        i = j;
        continue;
      }
      i = j;
    }
    ids[count] = intern ? vocabulary.internWord(text.slice(start, end)) : vocabulary.lookupHashed(text, start, end, hash);
    starts[count] = start;
    ends[count++] = end;
  }
  out.count = count;
}

/** BREAK, QUOTE, or 0 for characters that are neither. */
function punctuation(text: string, i: number, code: number): number {
  if (code === 34) return QUOTE;
  if (code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 91 || code === 93 || code === 0x2014) return BREAK;
  // A hyphen between spaces (or a run of them, "--") is a dash.
  if (code === 45 && isSpace(text.charCodeAt(i - 1))) {
    let j = i;
    while (text.charCodeAt(j) === 45) j++;
    if (isSpace(text.charCodeAt(j)) || j >= text.length) return BREAK;
  }
  return 0;
}

/** End of "u.s." or "d.c." starting at i (single letters each followed by a dot, at least two), else 0. */
function dottedAcronymEnd(text: string, i: number): number {
  let j = i;
  let letters = 0;
  while (isLetter(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 46) {
    j += 2;
    letters++;
  }
  return letters >= 2 && !isWordChar(text.charCodeAt(j)) ? j : 0;
}

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** Letters and digits of normalised text (lower-case ASCII, and any letter beyond Latin-1). */
function isWordChar(code: number): boolean {
  if (code < 0xc0) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return code < 0x2000 || (code > 0x2bff && code < 0x3000) || (code > 0x303f && code !== 0xfeff);
}

/** Whitespace, or outside the text. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || Number.isNaN(code);
}

function contractionBase(base: string): string {
  if (base === 'wo') return 'will';
  if (base === 'ca') return 'can';
  if (base === 'sha') return 'shall';
  return base;
}

/** Whether the original text has a capital letter at `at`: "Sessions" the man, not a "session" of Congress. */
export function startsUpper(original: string, at: number): boolean {
  const code = original.charCodeAt(at);
  if (code < 128) return code >= 65 && code <= 90;
  const char = original.charAt(at);
  return char !== char.toLowerCase();
}
