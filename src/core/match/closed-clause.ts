/**
 * Where a clause closes, for a denial whose object is only a pointer back (anaphoric-denial.ts):
 * "Sessions denied that." or "denied it in a statement" end what is denied; "denied that, at the
 * time, he knew ...", "denied that when he was a senator he ...", "denied it was a secret
 * meeting" go on with a clause of their own, whose subject and verb say what is denied. And
 * whether the verb only predicts a denial ("Sessions will deny that.", "is going to deny it"):
 * nothing has been denied yet. Words are compared as ids, read from token ids only.
 */
import { BREAK, QUOTE, startsUpper, type Tokens } from '../text/tokenize.js';
import type { Vocabulary } from '../text/vocabulary.js';
import { endsInIng, endsInLy, SUBJECT_PRONOUNS } from './verb-forms.js';

export interface ClauseReading {
  readonly tokens: Tokens;
  /** The block's original text, which the tokens' offsets index. */
  readonly text: string;
  /** The token after the sentence's last. */
  readonly to: number;
}

/** Words after an object that leave its clause closed ("denied that outright", "rejected it as false", "denied that in a statement"). */
const CLAUSE_GOES_ON = ['and', 'but', 'or', 'as', 'in', 'on', 'at', 'through', 'when', 'after', 'again', 'too', 'outright', 'entirely'];
/** What joins a new clause on, ending the one before ("denied it, and he ..." is another's business). */
const COORDINATORS = ['and', 'but', 'or', 'nor', 'while', 'whereas'];
/** What opens a complement, so a predicate goes on ("not his job to comment", "not true that ..."). */
const COMPLEMENT_OPENERS = ['to', 'whether', 'that', 'if'];
/** Words that make what stands before them a subject ("it was", "Kislyak had", "he later told"). */
const FINITE = [
  'is', 'was', 'are', 'were', 'has', 'had', 'have', 'did', 'does', 'do', 'can', 'could', 'would', 'will', 'should', 'may', 'might', 'must',
  'knew', 'met', 'told', 'said', 'spoke', 'sought', 'made', 'took', 'went', 'saw', 'thought', 'gave', 'got', 'held', 'kept', 'sent', 'came',
];
/** Modals and futures that predict ("will deny", "would deny"): unnegated, nothing is denied yet. */
const PREDICTING = ['will', 'would', 'shall', 'might', 'may', 'could', 'should', 'going'];
/** Adverbs that stand between a subject, a modal and a verb ("will probably deny", "he then told"). */
const BETWEEN = ['then', 'later', 'also', 'still', 'soon', 'again', 'never', 'not', 'once', 'no', 'longer'];
/** Most words between a subject and its verb. */
const VERB_REACH = 2;

/** Whether token `at` is a word, not punctuation or a quotation mark (an unknown word's id is negative too). */
export function isWord(tokens: Tokens, at: number): boolean {
  const id = tokens.ids[at]!;
  return id !== BREAK && id !== QUOTE;
}

export class ClosedClause {
  private readonly goesOn: Set<number>;
  private readonly coordinators: Set<number>;
  private readonly openers: Set<number>;
  private readonly subjects: Set<number>;
  private readonly finite: Set<number>;
  private readonly predicting: Set<number>;
  private readonly between: Set<number>;
  private readonly it: number;
  private readonly that: number;
  private readonly determiners: Set<number>;
  private readonly to: number;
  private readonly not: number;

  constructor(vocabulary: Vocabulary) {
    this.goesOn = vocabulary.internWords(CLAUSE_GOES_ON);
    this.coordinators = vocabulary.internWords(COORDINATORS);
    this.openers = vocabulary.internWords(COMPLEMENT_OPENERS);
    // A pronoun that is only ever a subject opens a clause.
    this.subjects = vocabulary.internWords(SUBJECT_PRONOUNS);
    this.finite = vocabulary.internWords(FINITE);
    this.predicting = vocabulary.internWords(PREDICTING);
    this.between = vocabulary.internWords(BETWEEN);
    this.it = vocabulary.internWord('it');
    this.that = vocabulary.internWord('that');
    this.determiners = vocabulary.internWords(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'this', 'these', 'those']);
    this.to = vocabulary.internWord('to');
    this.not = vocabulary.internWord('not');
  }

  coordinates(id: number): boolean {
    return this.coordinators.has(id);
  }

  opensComplement(id: number): boolean {
    return this.openers.has(id);
  }

  /**
   * Whether an object closes its clause at token `at`: the sentence ends, punctuation, or a word
   * that adds nothing to what is denied ("as false", "in a statement"), and no subject with a verb
   * follows before the next coordinator ("that, at the time, he knew", "that in 2017 Kislyak had").
   * `pronoun`: a pronoun object, itself a subject when a verb follows it ("denied it was planned").
   */
  closesAt(reading: ClauseReading, at: number, pronoun: boolean): boolean {
    const { tokens, text, to } = reading;
    if (at >= to || tokens.ids[at] === QUOTE) return true;
    const id = tokens.ids[at]!;
    if (id !== BREAK && !this.goesOn.has(id) && !endsInLy(text, tokens.ends[at]!)) return false;
    if (pronoun && this.finiteAt(tokens, at, to)) return false;
    for (let k = at; k < to; k++) {
      const word = tokens.ids[k]!;
      // A quotation, a coordinator or a participle after a comma ("denied it, saying he ...") opens what is no longer the object's.
      if (word === QUOTE || this.coordinators.has(word)) return true;
      if (word === BREAK) {
        if (k + 1 < to && isWord(tokens, k + 1) && endsInIng(text, tokens.ends[k + 1]!)) return true;
        continue;
      }
      const subject = this.subjects.has(word) || word === this.it || startsUpper(text, tokens.starts[k]!);
      if (!subject) continue;
      // A name runs over its capitalised words ("Mr. Sessions", "Sergey Kislyak").
      let last = k;
      while (last + 1 < to && isWord(tokens, last + 1) && startsUpper(text, tokens.starts[last + 1]!)) last++;
      const verb = this.subjects.has(word) || this.finiteAt(tokens, last + 1, to);
      // "..., Flores said.": a speaker closing the sentence frames it; it is no clause of the object's.
      if (verb && !this.framing(tokens, k, last, to)) return false;
      k = last;
    }
    return true;
  }

  /**
   * Whether a clause of its own starts at or after token `at`: a coordinator before a subject or
   * "that" (", and the envoy complained", "and that he ...") or a semicolon. "..., and about
   * issues that matter" goes on with the same clause.
   */
  laterClause(reading: ClauseReading, at: number): boolean {
    const { tokens, text, to } = reading;
    for (let k = Math.max(at, 0); k < to; k++) {
      if (tokens.ids[k] === BREAK && text.charCodeAt(tokens.starts[k]!) === 0x3b) return true;
      if (!this.coordinators.has(tokens.ids[k]!) || k + 1 >= to) continue;
      const next = tokens.ids[k + 1]!;
      if (next === this.that || this.subjects.has(next) || this.determiners.has(next) || startsUpper(text, tokens.starts[k + 1]!)) return true;
    }
    return false;
  }

  /** Whether a finite verb follows at token `at`, past a few adverbs ("was", "later told"). */
  private finiteAt(tokens: Tokens, at: number, to: number): boolean {
    for (let k = at; k < to && k <= at + VERB_REACH && isWord(tokens, k); k++) {
      if (this.finite.has(tokens.ids[k]!)) return true;
      if (!this.between.has(tokens.ids[k]!)) return false;
    }
    return false;
  }

  /** Whether the subject on tokens [first, last] follows a comma and its verb ends the sentence ("..., Flores said."). */
  private framing(tokens: Tokens, first: number, last: number, to: number): boolean {
    if (tokens.ids[first - 1] !== BREAK) return false;
    for (let k = last + 2; k < to; k++) if (isWord(tokens, k)) return false;
    return true;
  }

  /**
   * Whether the verb at token `verb` only predicts ("will deny", "will probably deny", "is going
   * to deny"): a modal or "going to" before it, past adverbs, and no negation (a negated one is
   * polarity's: "would not deny that" leaves it open).
   */
  predicted(reading: ClauseReading, verb: number): boolean {
    const { tokens, text } = reading;
    let k = verb - 1;
    if (k >= 1 && tokens.ids[k] === this.to && this.predicting.has(tokens.ids[k - 1]!)) return true;
    while (k >= 0 && isWord(tokens, k) && tokens.ids[k] !== this.not && (this.between.has(tokens.ids[k]!) || endsInLy(text, tokens.ends[k]!))) k--;
    return k >= 0 && tokens.ids[k] !== this.not && this.predicting.has(tokens.ids[k]!) && tokens.ids[k + 1] !== this.not;
  }
}
