/**
 * Word and punctuation tokens of a stretch of a block, with offsets into the block's original
 * text and whether each token lies inside a quotation (see quotes.ts).
 *
 * Every block of a page is read once, for the tagger and the claim matcher alike, so reading is
 * built to be cheap: words are looked up in the lexicon's vocabulary by hash, so a word the
 * lexicons do not know costs no string, and token objects are reused from one block to the next.
 * Each word keeps its hashes, which the matcher maps to its own stems. read-word.ts reads the words.
 */
import { isInvisible, isSpace, wordCode } from './characters.js';
import { findQuotes, type Quotes } from './quotes.js';
import { readWord } from './read-word.js';

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
  /**
   * Starts with a digit ("4", "2017"): with a vocabulary its text may be empty, so this tells a
   * number from an unknown word.
   */
  number: boolean;
  /** A page count ("48-page"): what it modifies is a document in hand. */
  pageCount: boolean;
  /** Inside a quotation (quote marks themselves are never quoted). */
  quoted: boolean;
  /** Set on quote-mark tokens. */
  quote: 'open' | 'close' | undefined;
  /** The word is only ASCII letters and digits: `hash` and `check` then name its lower-case form. */
  plain: boolean;
  /** The two hashes of the whole normalised word (see characters.ts); 0 for punctuation. */
  hash: number;
  check: number;
  /** A word that some sourcing cue is filed under: a sentence without one shows no sourcing. */
  anchor: boolean;
  /** Index of `text` in the vocabulary it was read with, or -1 (punctuation, unknown words). */
  lexeme: number;
}

/** The marks that end a sentence (a colon or a dash only pauses it). */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** "not", "never", or a word ending in "n't": a negation of the verb near it. */
export function isNegator(token: Token): boolean {
  return token.text === 'not' || token.text === 'never' || token.nt;
}

/**
 * Token `k` owns what follows it: "the Post's", or a plural or s-final owner whose apostrophe is a
 * token of its own ("Sessions' remarks").
 */
export function isPossessiveOwner(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.poss || tokens[k + 1]?.text === "'";
}

/** A possessive mark before an owned noun: a word with its "'s" ("Ruiz's") or a bare apostrophe ("Sessions' "). */
export function marksPossession(token: Token): boolean {
  return token.poss || token.text === "'";
}

/** The words worth naming: everything else becomes an empty `text`. */
export interface Vocabulary {
  /** Index of the word with these two hashes (see characters.ts), or -1 when the vocabulary has none. */
  find(hash: number, check: number): number;
  /** The vocabulary's own string for a word index. */
  word(index: number): string;
  /** Whether a word index is a key word of some anchor phrase. */
  isAnchor(index: number): boolean;
}

/** Reused buffers: token objects from earlier blocks, and the tokens of the span being read. */
const pool: Token[] = [];
const scratch: Token[] = [];

function blank(): Token {
  return { start: 0, end: 0, text: '', word: false, cap: false, poss: false, nt: false, ed: false, ly: false, agent: false, plural: false, callSign: false, number: false, pageCount: false, quoted: false, quote: undefined, plain: false, hash: 0, check: 0, anchor: false, lexeme: -1 };
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
 * Tokens of text [start, end). With a vocabulary the tokens come from a pool, from index
 * `poolFrom` on: they are reused by a later call that starts there, so they must not be kept.
 */
export function tokenizeSpan(text: string, start: number, end: number, quotes: Quotes, vocabulary?: Vocabulary, poolFrom = 0): Token[] {
  // Filled through a counter and copied out at its exact size: an array grown by push keeps
  // spare room, and a page has one per sentence.
  const tokens = scratch;
  let count = 0;
  const { spans } = quotes;
  let span = 0;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code <= 32 || (code >= 128 && (isSpace(code) || isInvisible(code)))) {
      i++;
      continue;
    }
    const token = vocabulary ? pooled(poolFrom + count) : blank();
    tokens[count++] = token;
    if (wordCode(text, i) >= 0) i = readWord(text, i, end, token, vocabulary);
    else {
      const quote = quotes.marks.size > 0 ? quotes.marks.get(i) : undefined;
      token.start = i;
      token.end = i + 1;
      token.text = quote ? '"' : code === 0x2019 ? "'" : text[i]!;
      token.word = token.cap = token.poss = token.nt = token.ed = token.ly = token.agent = token.plural = token.callSign = token.number = token.pageCount = token.plain = token.anchor = false;
      token.hash = token.check = 0;
      token.lexeme = -1;
      token.quote = quote;
      i++;
    }
    while (span < spans.length && spans[span]![1] <= token.start) span++;
    const stretch = spans[span];
    token.quoted = token.quote === undefined && stretch !== undefined && stretch[0] <= token.start;
  }
  return tokens.slice(0, count);
}
