/**
 * The set of words the lexicons know, looked up by the two hashes the tokenizer computes while
 * reading, so that reading a word the tagger does not care about allocates nothing. An
 * open-addressing table over typed arrays: one or two probes per word.
 */
import { checkString, hashString } from './characters.js';
import type { Vocabulary } from './tokens.js';

export class WordVocabulary implements Vocabulary {
  private readonly words: string[] = [];
  private readonly hashes: Int32Array;
  private readonly checks: Int32Array;
  /** Index + 1 of the word in each slot, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** 1 for words that anchor phrases are filed under. */
  private readonly anchors: Uint8Array;

  constructor(words: Iterable<string>, anchors: ReadonlySet<string>) {
    const unique = [...new Set(words)];
    let size = 16;
    while (size < unique.length * 4) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.checks = new Int32Array(size);
    this.slots = new Int32Array(size);
    for (const word of unique.map(internalized)) {
      const hash = hashString(word);
      let slot = hash & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.words.push(word);
      this.slots[slot] = this.words.length;
      this.hashes[slot] = hash;
      this.checks[slot] = checkString(word);
    }
    this.anchors = Uint8Array.from(this.words, (word) => (anchors.has(word) ? 1 : 0));
  }

  /** Two independent 32-bit hashes must both match: a false match is about one in 10^19 per word. */
  find(hash: number, check: number): number {
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.hashes[slot] === hash && this.checks[slot] === check) return this.slots[slot]! - 1;
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
