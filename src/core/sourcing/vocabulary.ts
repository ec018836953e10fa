/**
 * The set of words the lexicons know, looked up by the two hashes the tokenizer computes while
 * reading, so that reading a word the tagger does not care about allocates nothing. An
 * open-addressing table over typed arrays: one or two probes per word.
 */
import { checkString, hashString } from './characters.js';
import type { Vocabulary } from './tokens.js';

export class WordVocabulary implements Vocabulary {
  private readonly words: string[] = [];
  /**
   * Per slot, three ints side by side: index + 1 of the word (0 for an empty slot), its two
   * hashes. One probe then reads one cache line, not three arrays: every word of a page probes.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** 1 for words that anchor phrases are filed under. */
  private readonly anchors: Uint8Array;

  constructor(words: Iterable<string>, anchors: ReadonlySet<string>) {
    const unique = [...new Set(words)];
    // At most half full: a probe still ends within a slot or two, in a table half the size
    // (and so more of it in the cache) of one kept a quarter full.
    let size = 16;
    while (size < unique.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size * 3);
    for (const word of unique.map(internalized)) {
      const hash = hashString(word);
      let slot = hash & this.mask;
      while (this.slots[slot * 3] !== 0) slot = (slot + 1) & this.mask;
      this.words.push(word);
      this.slots[slot * 3] = this.words.length;
      this.slots[slot * 3 + 1] = hash;
      this.slots[slot * 3 + 2] = checkString(word);
    }
    this.anchors = Uint8Array.from(this.words, (word) => (anchors.has(word) ? 1 : 0));
  }

  /** Two independent 32-bit hashes must both match: a false match is about one in 10^19 per word. */
  find(hash: number, check: number): number {
    const { slots } = this;
    for (let slot = hash & this.mask; slots[slot * 3] !== 0; slot = (slot + 1) & this.mask) {
      if (slots[slot * 3 + 1] === hash && slots[slot * 3 + 2] === check) return slots[slot * 3]! - 1;
    }
    return -1;
  }

  word(index: number): string {
    return this.words[index]!;
  }

  isAnchor(index: number): boolean {
    return this.anchors[index] === 1;
  }
}

/**
 * The engine's unique copy of a string (property names are kept unique): the lexicons' word
 * sets hold such copies, so looking a token's text up in them compares pointers, not characters.
 */
function internalized(word: string): string {
  return Object.keys({ [word]: 0 })[0]!;
}
