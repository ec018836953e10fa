/**
 * The matcher's vocabulary: stems (Porter, with overrides) and their ids. Matching only ever
 * compares ids, so a scan costs a map lookup per word, whatever the size of the database.
 */
import { stemmer } from 'stemmer';
import overrides from './stem-overrides.json';
import { NOT_MEMOISED, PlainMemo } from './plain-memo.js';

const STEM_OVERRIDES = new Map<string, string>(Object.entries(overrides.stems));

/** Id of a word the vocabulary does not know: it can never be part of a match. */
export const UNKNOWN = -1;

/**
 * Stems known to the matcher, each with a small integer id. Surface words seen on pages are
 * memoised (word -> id) in an open-addressing table probed straight from the text, so a known
 * word costs a hash and a compare, no string allocation; each distinct word is stemmed once.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private static readonly SLOTS = 1 << 17;
  /** Memo slots: the word ('' when free) and its id. */
  private readonly memoWords: string[] = new Array<string>(Vocabulary.SLOTS).fill('');
  private readonly memoIds = new Int32Array(Vocabulary.SLOTS);
  private memoCount = 0;
  /** Compile time: surface word -> stem, as packs repeat their words. */
  private readonly stems = new Map<string, string>();
  /** Memo of plain page words by the block reader's two hashes (see lookupPlain). */
  private readonly plain = new PlainMemo();

  /** Every stem, in id order (ids are given in order of interning): interning them again in a fresh vocabulary gives the same ids. */
  internedStems(): string[] {
    return [...this.ids.keys()];
  }

  /** Id of a stem, added when missing (compile time only). */
  intern(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(stem, id);
      if (this.memoCount) this.clearMemo();
      this.plain.clear();
    }
    return id;
  }

  /**
   * Id of a plain word (ASCII letters and digits only) of page text, original[start, end), named
   * by the two hashes of its lower-case form that the block reader computed: a word seen before
   * costs one probe and no string.
   */
  lookupPlain(hash: number, check: number, original: string, start: number, end: number): number {
    let id = this.plain.find(hash, check);
    if (id !== NOT_MEMOISED) return id;
    id = this.ids.get(stemWord(original.slice(start, end).toLowerCase())) ?? UNKNOWN;
    this.plain.add(hash, check, id);
    return id;
  }

  /** Id of the word text[start, end) of normalised text, or UNKNOWN. */
  lookup(text: string, start: number, end: number): number {
    return this.lookupHashed(text, start, end, hashOf(text, start, end));
  }

  /** `lookup` with the word's hash (hashOf) already computed while scanning it. */
  lookupHashed(text: string, start: number, end: number, hash: number): number {
    const mask = Vocabulary.SLOTS - 1;
    let slot = hash & mask;
    const length = end - start;
    for (;;) {
      const word = this.memoWords[slot]!;
      if (word.length === 0) break;
      if (word.length === length && sameChars(word, text, start)) return this.memoIds[slot]!;
      slot = (slot + 1) & mask;
    }
    const word = text.slice(start, end);
    const id = this.ids.get(stemWord(word)) ?? UNKNOWN;
    if (this.memoCount >= Vocabulary.SLOTS / 2) {
      this.clearMemo();
      return id;
    }
    this.memoWords[slot] = word;
    this.memoIds[slot] = id;
    this.memoCount++;
    return id;
  }

  /** Drops the compile-time memo of surface words (see internWord). */
  forgetSurfaceForms(): void {
    this.stems.clear();
  }

  /** Id of a surface word, interning its stem (compile time only). */
  internWord(word: string): number {
    let stem = this.stems.get(word);
    if (stem === undefined) {
      stem = stemWord(word);
      this.stems.set(word, stem);
    }
    return this.intern(stem);
  }

  /** The ids of `words` as one set: the matcher's word lists, read once when it is built. */
  internWords(words: Iterable<string>): Set<number> {
    return new Set(Array.from(words, (word) => this.internWord(word)));
  }

  private clearMemo(): void {
    this.memoWords.fill('');
    this.memoCount = 0;
  }
}

/** FNV-1a over a word's characters: the vocabulary memo's hash, also computed by `tokenize` while it scans a word. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

export function hashOf(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash;
}

function sameChars(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Stem of one normalised word ("u.s." -> "us", "ambassadors" -> "ambassador"). */
export function stemWord(word: string): string {
  const plain = word.includes('.') ? word.replaceAll('.', '') : word;
  return STEM_OVERRIDES.get(plain) ?? (plain.length > 2 && /^[a-z]+$/.test(plain) ? stemmer(plain) : plain);
}
