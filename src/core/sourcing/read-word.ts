/**
 * Reads one word of a block into a token: where it ends (inner apostrophes, hyphens and initials'
 * dots join it, "Mr." keeps its period), its two hashes, the endings the tagger reads ("'s",
 * "n't", "-ed", "-ly", plural, agent nouns), call signs, and its vocabulary entry. Hashing the
 * normalised code units as they are read means a word the vocabulary lacks costs no string.
 */
import { APOSTROPHE, CHECK_OFFSET, CHECK_PRIME, FNV_OFFSET, FNV_PRIME, hashString, isInvisible, isJoiner, isUpper, isWordChar, lowerCode, wordCode } from './characters.js';
import { PERSON_PRONOUNS } from './pronouns.js';
import type { Token, Vocabulary } from './tokens.js';

/** Short words that take a final period ("Mr.", "Jr."), kept inside the token, by hash. */
const DOTTED = ['mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'prof', 'rev', 'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'amb', 'atty', 'dept'];
const DOTTED_HASHES = new Set(DOTTED.map(hashString));
/** The longest of them: a longer word before a period (most sentences' last word) skips the set lookup. */
const DOTTED_LONGEST = Math.max(...DOTTED.map((word) => word.length));

/**
 * Reads the word at `i`, ending by `limit` (letters and digits joined by inner apostrophes, hyphens and initials'
 * dots), hashing its normalised code units, and fills `token`; returns its end.
 */
export function readWord(text: string, i: number, limit: number, token: Token, vocabulary: Vocabulary | undefined): number {
  let j = i;
  let segment = 0;
  let hash = FNV_OFFSET;
  let check = CHECK_OFFSET;
  let n = 0;
  let dotted = false;
  let plain = true;
  // The last four normalised code units, for the endings below.
  let last = 0;
  let last2 = 0;
  let last3 = 0;
  let last4 = 0;
  while (j < limit) {
    let code = text.charCodeAt(j);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) segment++;
    else if (code >= 65 && code <= 90) {
      code |= 0x20;
      segment++;
    } else {
      const lowered = code >= 128 && isWordChar(text, j) ? lowerCode(code) : -1;
      if (lowered >= 0) {
        code = lowered;
        segment++;
      } else if (isJoiner(code) && j + 1 < limit && wordCode(text, j + 1) >= 0) {
        if (isInvisible(code)) {
          plain = false;
          j++;
          continue;
        }
        code = code === 0x2019 || code === APOSTROPHE ? APOSTROPHE : 45;
      } else if (code === 46 && segment === 1 && j + 1 < limit && wordCode(text, j + 1) >= 0) {
        segment = 0; // "U.S", "a.m"
        dotted = true;
      } else break;
      plain = false; // read on past a letter beyond ASCII, a joiner or an initial's dot
    }
    hash = Math.imul(hash ^ code, FNV_PRIME);
    check = Math.imul(check ^ code, CHECK_PRIME);
    last4 = last3;
    last3 = last2;
    last2 = last;
    last = code;
    n++;
    j++;
  }
  const wordEnd = j;
  if (j < limit && text.charCodeAt(j) === 46 && (dotted || (n <= DOTTED_LONGEST && DOTTED_HASHES.has(hash)) || (j - i === 1 && isUpper(text, i)))) {
    j++;
    plain = false;
  }
  token.start = i;
  token.end = j;
  token.word = true;
  token.cap = isUpper(text, i);
  token.poss = n > 2 && last2 === APOSTROPHE && last === 115;
  token.nt = n > 3 && last3 === 110 && last2 === APOSTROPHE && last === 116;
  token.ed = n > 4 && last2 === 101 && last === 100;
  token.ly = n > 4 && last2 === 108 && last === 121;
  token.plural = n > 3 && last === 115 && last2 !== 115;
  token.agent = n > 4 && (token.plural ? agentEnding(last4, last3, last2) : agentEnding(last3, last2, last));
  token.callSign = n >= 3 && n <= 7 && isCallSign(text, i, wordEnd);
  token.number = isDigit(text.charCodeAt(i));
  // "48-page": digits, a hyphen, "page".
  token.pageCount = n > 5 && last === 101 && last2 === 103 && last3 === 97 && last4 === 112 && token.number;
  token.quote = undefined;
  token.plain = plain;
  token.hash = hash;
  token.check = check;
  if (!vocabulary) {
    token.text = normalised(text.slice(i, wordEnd), token.poss);
    token.anchor = false;
    token.lexeme = -1;
  } else {
    let index = vocabulary.find(hash, check);
    token.anchor = index >= 0 && vocabulary.isAnchor(index);
    if (token.poss) {
      // The possessive's owner: the same word without its last two code units.
      hash = FNV_OFFSET;
      check = CHECK_OFFSET;
      for (let k = i, left = n - 2; left > 0; k++) {
        const code = wordCode(text, k);
        const unit = code >= 0 ? code : isInvisible(text.charCodeAt(k)) ? -1 : text.charCodeAt(k) === 46 ? 46 : text.charCodeAt(k) === 0x2019 || text.charCodeAt(k) === APOSTROPHE ? APOSTROPHE : 45;
        if (unit < 0) continue;
        hash = Math.imul(hash ^ unit, FNV_PRIME);
        check = Math.imul(check ^ unit, CHECK_PRIME);
        left--;
      }
      index = vocabulary.find(hash, check);
    }
    token.lexeme = index;
    token.text = index >= 0 ? vocabulary.word(index) : '';
  }
  // "he's", "she's": a person pronoun's "'s" is "has" or "is" (its possessive is "his", "her").
  if (token.poss && PERSON_PRONOUNS.has(token.text)) token.poss = false;
  return j;
}

/** "KQED", "WKRM-TV", "KXAN-FM": three or four capitals from K or W, maybe a band after a hyphen. */
export function isCallSign(text: string, i: number, end: number): boolean {
  const first = text.charCodeAt(i);
  if (first !== 75 && first !== 87) return false; // K, W
  let k = i + 1;
  while (k < end && isCapital(text.charCodeAt(k))) k++;
  if (k - i < 3 || k - i > 4) return false;
  if (k === end) return true;
  return end - k === 3 && text.charCodeAt(k) === 45 && isCapital(text.charCodeAt(k + 1)) && isCapital(text.charCodeAt(k + 2));
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isCapital(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** "-er", "-or", "-ist", "-ian", "-ant", "-ent": the endings of most nouns for people. */
function agentEnding(c3: number, c2: number, c1: number): boolean {
  if (c1 === 114) return c2 === 101 || c2 === 111; // er, or
  if (c1 === 116) return (c2 === 115 && c3 === 105) || (c2 === 110 && (c3 === 97 || c3 === 101)); // ist, ant, ent
  return c1 === 110 && c2 === 97 && c3 === 105; // ian
}

/** A word's text as the lexicons spell it (the slow path, for compiling them). */
function normalised(word: string, possessive: boolean): string {
  const text = word.toLowerCase().replace(/\u2019/g, "'").replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/[\u2010\u2011]/g, '-');
  return possessive ? text.slice(0, -2) : text;
}
