/**
 * Word and punctuation tokens of a stretch of a block, with offsets into the block's original
 * text and whether each token lies inside a quotation (see quotes.ts).
 *
 * The tagger reads every block of a page, so reading is built to be cheap: `hasKeyWord` hashes
 * a sentence's words without making tokens, so sentences without a cue word are skipped; words
 * are looked up in the lexicon's vocabulary by hash, so a word the lexicons do not know costs
 * no string; token objects are reused from one sentence to the next.
 */
import { APOSTROPHE, CHECK_OFFSET, CHECK_PRIME, FNV_OFFSET, FNV_PRIME, hashString, isInvisible, isJoiner, isSpace, isUpper, isWordChar, lowerCode, wordCode } from './characters.js';
import { findQuotes, type Quotes } from './quotes.js';

export interface Token {
  start: number;
  end: number;
  /**
   * Lower case, typographic apostrophes made straight, invisible characters and a possessive
   * "'s" dropped. With a vocabulary, words it does not contain are left empty.
   */
  text: string;
  word: boolean;
  /** First letter is upper case. */
  cap: boolean;
  /** Ends in "'s". */
  poss: boolean;
  /** Ends in "n't". */
  nt: boolean;
  /** Ends in "ed" / "ly" (past tenses, adverbs). */
  ed: boolean;
  ly: boolean;
  /** Looks like a noun for a person by its ending: "-er", "-or", "-ist", "-ian", "-ant", "-ent", maybe plural. */
  agent: boolean;
  /** Ends in "s" (a plural, when a noun). */
  plural: boolean;
  /** A North American broadcaster's call sign ("WKTV", "KQED"). */
  callSign: boolean;
  /** Inside a quotation (quote marks themselves are never quoted). */
  quoted: boolean;
  /** Set on quote-mark tokens. */
  quote: 'open' | 'close' | undefined;
}

/** The words worth naming: everything else becomes an empty `text`. */
export interface Vocabulary {
  /** The vocabulary's own string for the word with these two hashes (see characters.ts), or '' when it has none. */
  find(hash: number, check: number): string;
}

/** Short words that take a final period ("Mr.", "Jr."), kept inside the token, by hash. */
const DOTTED_HASHES = new Set(['mr', 'mrs', 'ms', 'dr', 'jr', 'sr', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'prof', 'rev', 'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'amb', 'atty', 'dept'].map(hashString));

/** Reused buffers: the normalised word being read, and token objects from earlier blocks. */
const pool: Token[] = [];

function blank(): Token {
  return { start: 0, end: 0, text: '', word: false, cap: false, poss: false, nt: false, ed: false, ly: false, agent: false, plural: false, callSign: false, quoted: false, quote: undefined };
}

function pooled(index: number): Token {
  let token = pool[index];
  if (!token) {
    token = blank();
    pool.push(token);
  }
  return token;
}

/** Tokens of a whole text, each with its own strings: for compiling the lexicons. */
export function tokenize(text: string): Token[] {
  return tokenizeSpan(text, 0, text.length, findQuotes(text));
}

/**
 * Tokens of text [start, end). With a vocabulary the returned tokens are reused by the next
 * call, so they must not be kept.
 */
export function tokenizeSpan(text: string, start: number, end: number, quotes: Quotes, vocabulary?: Vocabulary): Token[] {
  const tokens: Token[] = [];
  const { spans } = quotes;
  let span = 0;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code <= 32 || (code >= 128 && (isSpace(code) || isInvisible(code)))) {
      i++;
      continue;
    }
    const token = vocabulary ? pooled(tokens.length) : blank();
    tokens.push(token);
    if (wordCode(text, i) >= 0) i = readWord(text, i, end, token, vocabulary);
    else {
      const quote = quotes.marks.size > 0 ? quotes.marks.get(i) : undefined;
      token.start = i;
      token.end = i + 1;
      token.text = quote ? '"' : code === 0x2019 ? "'" : text[i]!;
      token.word = token.cap = token.poss = token.nt = token.ed = token.ly = token.agent = token.plural = token.callSign = false;
      token.quote = quote;
      i++;
    }
    while (span < spans.length && spans[span]![1] <= token.start) span++;
    const stretch = spans[span];
    token.quoted = token.quote === undefined && stretch !== undefined && stretch[0] <= token.start;
  }
  return tokens;
}

/** Whether text [start, end) holds a word whose hash is in `hashes`, read without making tokens. */
export function hasKeyWord(text: string, start: number, end: number, hashes: ReadonlySet<number>): boolean {
  let i = start;
  while (i < end) {
    if (wordCode(text, i) < 0) i++;
    else {
      i = readWord(text, i, end, null, undefined);
      if (hashes.has(wordHash)) return true;
    }
  }
  return false;
}

/** Hash of the last word read. */
let wordHash = FNV_OFFSET;

/**
 * Reads the word at `i`, ending by `limit` (letters and digits joined by inner apostrophes, hyphens and initials'
 * dots), hashing its normalised code units into `wordHash`, and fills `token` when one is
 * given; returns its end.
 */
function readWord(text: string, i: number, limit: number, token: Token | null, vocabulary: Vocabulary | undefined): number {
  let j = i;
  let segment = 0;
  let hash = FNV_OFFSET;
  let check = CHECK_OFFSET;
  let n = 0;
  let dotted = false;
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
          j++;
          continue;
        }
        code = code === 0x2019 || code === APOSTROPHE ? APOSTROPHE : 45;
      } else if (code === 46 && segment === 1 && j + 1 < limit && wordCode(text, j + 1) >= 0) {
        segment = 0; // "U.S", "a.m"
        dotted = true;
      } else break;
    }
    hash = Math.imul(hash ^ code, FNV_PRIME);
    check = Math.imul(check ^ code, CHECK_PRIME);
    n++;
    j++;
  }
  wordHash = hash;
  if (!token) return j;
  const wordEnd = j;
  if (j < limit && text.charCodeAt(j) === 46 && (dotted || DOTTED_HASHES.has(hash) || (j - i === 1 && isUpper(text, i)))) j++;
  // The word's last code units, read back from the text (invisible characters inside a word are too rare to matter here).
  const last = endCode(text, i, wordEnd, 1);
  const last2 = endCode(text, i, wordEnd, 2);
  const last3 = endCode(text, i, wordEnd, 3);
  token.start = i;
  token.end = j;
  token.word = true;
  token.cap = isUpper(text, i);
  token.poss = n > 2 && last2 === APOSTROPHE && last === 115;
  token.nt = n > 3 && last3 === 110 && last2 === APOSTROPHE && last === 116;
  token.ed = n > 4 && last2 === 101 && last === 100;
  token.ly = n > 4 && last2 === 108 && last === 121;
  token.plural = n > 3 && last === 115 && last2 !== 115;
  token.agent = n > 4 && (token.plural ? agentEnding(endCode(text, i, wordEnd, 4), last3, last2) : agentEnding(last3, last2, last));
  token.callSign = (n === 3 || n === 4) && isCallSign(text, i, wordEnd);
  token.quote = undefined;
  if (!vocabulary) token.text = normalised(text.slice(i, wordEnd), token.poss);
  else if (!token.poss) token.text = vocabulary.find(hash, check);
  else {
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
    token.text = vocabulary.find(hash, check);
  }
  return j;
}

/** The lower-case code unit `back` places from the end of word [i, end), apostrophes made straight; 0 before the start. */
function endCode(text: string, i: number, end: number, back: number): number {
  const at = end - back;
  if (at < i) return 0;
  const code = text.charCodeAt(at);
  if (code >= 65 && code <= 90) return code | 0x20;
  return code === 0x2019 ? APOSTROPHE : code;
}

function isCallSign(text: string, i: number, end: number): boolean {
  const first = text.charCodeAt(i);
  if (first !== 75 && first !== 87) return false; // K, W
  for (let k = i + 1; k < end; k++) if (text.charCodeAt(k) < 65 || text.charCodeAt(k) > 90) return false;
  return true;
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
