/**
 * Where the pronouns of a sentence stand, for the speaker tracker (denier.ts): a pronoun may
 * speak where no name does ('"...," she added.', "The attorney general, she added, stands by",
 * "She said"), or open someone else's words ("in which he said"); who it is, only the context
 * tells, so the tracker keeps where it stands apart from the names it has read.
 */
import { BREAK, type Tokens } from '../text/tokenize.js';
import type { ClauseWords } from './clause-words.js';

export class PronounPositions {
  /** Where the last pronoun starts, -1 when none. */
  lastAt = -1;
  /** Where the last pronoun ends when it stands alone between commas (", she added,"), else -1. */
  asideLast = -1;
  /** Where the last subject pronoun ("he", "she", "they") starts, -1 when none. */
  lastSubjectAt = -1;

  clear(): void {
    this.lastAt = this.asideLast = this.lastSubjectAt = -1;
  }

  /** A pronoun on tokens [first, last]; `subject`: one that is only ever a subject ("she", not "her"). */
  read(tokens: Tokens, first: number, last: number, subject: boolean): void {
    this.lastAt = first;
    if (subject) this.lastSubjectAt = first;
    const aside = tokens.ids[first - 1] === BREAK;
    this.asideLast = aside ? last : -1;
  }

  /** The last pronoun, read after the name at `lastActorAt`, stands right before the verb at token `at` and opens a relative clause ("in which he said"). */
  opensRelative(tokens: Tokens, words: ClauseWords, at: number, lastActorAt: number): boolean {
    return this.lastAt === at - 1 && this.lastAt > lastActorAt && words.isRelative(tokens.ids[at - 2]!);
  }
}
