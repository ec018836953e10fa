/**
 * A set of words tested on a sentence's tokens without making a string: by the token's stem id
 * first, then, for the few tokens of a listed stem, by its characters, since words of one stem
 * need not be one word ("senate" and "senator" are both "senat").
 */
import type { Tokens } from '../text/tokenize.js';
import type { Vocabulary } from '../text/vocabulary.js';

export class SurfaceWords {
  /** The listed words (lower case) by the id of their stem. */
  private readonly byStem = new Map<number, string[]>();

  constructor(vocabulary: Vocabulary, words: Iterable<string>) {
    for (const word of words) {
      const id = vocabulary.internWord(word);
      const list = this.byStem.get(id);
      if (list) list.push(word);
      else this.byStem.set(id, [word]);
    }
  }

  /** Whether token `at` (offsets into `text`) is a listed word followed by `suffix` ("s": its plural), in any case. */
  has(text: string, tokens: Tokens, at: number, suffix = ''): boolean {
    const listed = this.byStem.get(tokens.ids[at]!);
    if (listed === undefined) return false;
    const start = tokens.starts[at]!;
    const end = tokens.ends[at]!;
    for (let w = 0; w < listed.length; w++) {
      const word = listed[w]!;
      if (end - start === word.length + suffix.length && sameLetters(text, start, word) && sameLetters(text, start + word.length, suffix)) return true;
    }
    return false;
  }
}

/** Whether `text` at `start` reads `lower`, a lower-case word, in any case. */
function sameLetters(text: string, start: number, lower: string): boolean {
  for (let i = 0; i < lower.length; i++) {
    const code = text.charCodeAt(start + i);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== lower.charCodeAt(i)) return false;
  }
  return true;
}
