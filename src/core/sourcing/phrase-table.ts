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
  }

  /** The words that phrases of these categories are filed under. */
  *keyWords(categories: ReadonlySet<C>): Iterable<string> {
    for (const [key, list] of this.byKey) if (list.some((phrase) => categories.has(phrase.category))) yield key;
  }

  /** The array findAll returns, and the hits it holds: reused by the next call. */
  private readonly found: Hit<C, D>[] = [];
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
    hits.length = 0;
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      const list = token.lexeme >= 0 ? this.byLexeme[token.lexeme] : undefined;
      if (!list) continue;
      for (const phrase of list) {
        const start = i - phrase.key;
        if (start >= from && matches(phrase, tokens, start, to)) hits.push(this.hit(hits.length, phrase, start));
      }
    }
    if (hits.length > 1) sortAndDedupe(hits);
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
