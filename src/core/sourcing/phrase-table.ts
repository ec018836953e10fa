/**
 * Multi-word cue phrases compiled into a table keyed by one word of each phrase: its first word
 * that is not a function word ("according to" under "according", "the newspaper" under
 * "newspaper"). Finding every cue in a sentence then costs one map lookup per token, and the
 * commonest words ("the", "to", "in") start no comparisons at all.
 */
import { checkString, hashString } from './characters.js';
import { tokenize, type Token, type Vocabulary } from './tokens.js';

export interface Phrase<C extends string, D> {
  words: readonly string[];
  /** Per word, its index in the reading vocabulary (see indexBy); -1 for punctuation, compared as text. */
  lexemes: Int32Array;
  /** Per word, whether the text must capitalise it (names such as "the Post"); null when case is free. */
  caps: readonly boolean[] | null;
  /** Index of the word the phrase is filed under. */
  key: number;
  category: C;
  data: D;
}

export interface Hit<C extends string, D> {
  phrase: Phrase<C, D>;
  category: C;
  /** Token range [from, to). */
  from: number;
  to: number;
}

export class PhraseTable<C extends string, D> {
  private readonly byKey = new Map<string, Phrase<C, D>[]>();
  /** The phrases filed under each vocabulary index (see indexBy). */
  private byLexeme: (Phrase<C, D>[] | undefined)[] = [];
  /** The phrases of `byLexeme` as typed arrays, for findAll (see flatten). */
  private entries: Entries<C, D> = flatten([]);
  /** Words in the longest phrase. */
  longest = 1;

  constructor(private readonly functionWords: ReadonlySet<string>) {}

  add(text: string, category: C, data: D, cased = false): void {
    const tokens = tokenize(text);
    if (tokens.length === 0) return;
    const words = tokens.map((t) => t.text);
    const content = words.findIndex((word) => !this.functionWords.has(word));
    const key = content < 0 ? 0 : content;
    // Words get their vocabulary index in indexBy; punctuation stays -1.
    const lexemes = Int32Array.from(tokens, (token) => (token.word ? -2 : -1));
    const phrase: Phrase<C, D> = { words, lexemes, caps: cased ? tokens.map((t) => t.cap) : null, key, category, data };
    this.longest = Math.max(this.longest, words.length);
    const list = this.byKey.get(words[key]!);
    if (list) list.push(phrase);
    else this.byKey.set(words[key]!, [phrase]);
  }

  /** Every word of every phrase. */
  *words(): Iterable<string> {
    for (const list of this.byKey.values()) for (const phrase of list) yield* phrase.words;
  }

  /**
   * Files every phrase under the vocabulary index of its key word, so that finding phrases on a
   * page compares indices, never strings. Every word of the table must be in the vocabulary.
   */
  indexBy(vocabulary: Vocabulary): void {
    const lexeme = (word: string) => vocabulary.find(hashString(word), checkString(word));
    for (const [key, list] of this.byKey) {
      for (const phrase of list) phrase.words.forEach((word, k) => phrase.lexemes[k] === -1 || (phrase.lexemes[k] = lexeme(word)));
      this.byLexeme[lexeme(key)] = list;
    }
    this.entries = flatten(this.byLexeme);
  }

  /** The words that phrases of these categories are filed under. */
  *keyWords(categories: ReadonlySet<C>): Iterable<string> {
    for (const [key, list] of this.byKey) if (list.some((phrase) => categories.has(phrase.category))) yield key;
  }

  /** The array findAll returns, and the hits it holds: reused by the next call. */
  private readonly found: Hit<C, D>[] = [];
  /** What findAll returns for a sentence without hits, shared: callers may shorten it but must never push into it. */
  private readonly none: Hit<C, D>[] = [];
  private readonly hitPool: Hit<C, D>[] = [];

  private hit(index: number, phrase: Phrase<C, D>, from: number): Hit<C, D> {
    let hit = this.hitPool[index];
    if (!hit) this.hitPool.push((hit = { phrase, category: phrase.category, from, to: from }));
    hit.phrase = phrase;
    hit.category = phrase.category;
    hit.from = from;
    hit.to = from + phrase.words.length;
    return hit;
  }

  /**
   * Every phrase in tokens [from, to), sorted by start, longest first; one per category and
   * start. The array and its hits are reused by the next call: one sentence is read at a time.
   */
  findAll(tokens: readonly Token[], from: number, to: number): Hit<C, D>[] {
    const hits = this.found;
    // Emptied by a count: `hits.length = 0` drops the storage each sentence would allocate again.
    let count = 0;
    const { first, phrases, keys, lengths, wordsAt, lexemes } = this.entries;
    for (let i = from; i < to; i++) {
      const lexeme = tokens[i]!.lexeme;
      if (lexeme < 0 || lexeme + 1 >= first.length) continue;
      for (let e = first[lexeme]!, end = first[lexeme + 1]!; e < end; e++) {
        const start = i - keys[e]!;
        const length = lengths[e]!;
        if (start < from || start + length > to) continue;
        const at = wordsAt[e]!;
        let k = 0;
        if (at >= 0) while (k < length && tokens[start + k]!.lexeme === lexemes[at + k]) k++;
        else if (matches(phrases[e]!, tokens, start, to)) k = length;
        if (k === length) {
          hits[count] = this.hit(count, phrases[e]!, start);
          count++;
        }
      }
    }
    if (count === 0) return this.none;
    if (hits.length !== count) hits.length = count;
    if (count > 1) sortAndDedupe(hits);
    return hits;
  }
}

/** Sorts hits by start, longest first (insertion sort: a sentence has few), keeping the longest hit of a category at a start. */
function sortAndDedupe<C extends string, D>(hits: Hit<C, D>[]): void {
  for (let k = 1; k < hits.length; k++) {
    const hit = hits[k]!;
    let j = k - 1;
    while (j >= 0 && (hits[j]!.from > hit.from || (hits[j]!.from === hit.from && hits[j]!.to < hit.to))) {
      hits[j + 1] = hits[j]!;
      j--;
    }
    hits[j + 1] = hit;
  }
  let kept = 0;
  for (let k = 0; k < hits.length; k++) {
    const hit = hits[k]!;
    let duplicate = false;
    for (let j = kept - 1; j >= 0 && hits[j]!.from === hit.from; j--) if (hits[j]!.category === hit.category) duplicate = true;
    if (!duplicate) hits[kept++] = hit;
  }
  if (kept < hits.length) hits.length = kept;
}

function matches<C extends string, D>(phrase: Phrase<C, D>, tokens: readonly Token[], start: number, limit: number): boolean {
  const { words, lexemes, caps } = phrase;
  if (start + words.length > limit) return false;
  for (let k = 0; k < words.length; k++) {
    const token = tokens[start + k]!;
    if (lexemes[k]! >= 0 ? token.lexeme !== lexemes[k] : token.text !== words[k]) return false;
    if (caps?.[k] && !token.cap) return false;
  }
  return true;
}

/**
 * Every phrase filed under a vocabulary index, in filing order, as entries of typed arrays
 * (entries first[x] to first[x + 1] are those filed under index x): a sentence's candidates are
 * then read from a few small arrays, not from a phrase object and its arrays each, which the
 * rest of a scan keeps evicting from the cache. An entry whose words are all in the vocabulary
 * and free of case is compared by word index (its words from wordsAt[e] in `lexemes`); any
 * other (wordsAt -1) goes through `matches`.
 */
interface Entries<C extends string, D> {
  first: Int32Array;
  phrases: Phrase<C, D>[];
  keys: Int32Array;
  lengths: Int32Array;
  wordsAt: Int32Array;
  lexemes: Int32Array;
}

function flatten<C extends string, D>(byLexeme: readonly (Phrase<C, D>[] | undefined)[]): Entries<C, D> {
  const first = new Int32Array(byLexeme.length + 1);
  const phrases: Phrase<C, D>[] = [];
  const words: number[] = [];
  const wordsAt: number[] = [];
  for (let x = 0; x < byLexeme.length; x++) {
    first[x] = phrases.length;
    for (const phrase of byLexeme[x] ?? []) {
      phrases.push(phrase);
      const plain = !phrase.caps?.includes(true) && phrase.lexemes.every((lexeme) => lexeme >= 0);
      wordsAt.push(plain ? words.length : -1);
      if (plain) words.push(...phrase.lexemes);
    }
  }
  first[byLexeme.length] = phrases.length;
  return {
    first,
    phrases,
    keys: Int32Array.from(phrases, (phrase) => phrase.key),
    lengths: Int32Array.from(phrases, (phrase) => phrase.words.length),
    wordsAt: Int32Array.from(wordsAt),
    lexemes: Int32Array.from(words),
  };
}
