/**
 * Which words of a sentence are affirmed, negated or hypothetical (occurrence-flags.ts). A cue's
 * scope runs from after the cue to the end of its clause: "Sessions denied discussing the campaign"
 * negates "discussing the campaign"; "calls for Sessions to recuse" makes "recuse" hypothetical;
 * "... is false" negates its clause up to the cue. After a contrast cue ("contradicts") negations
 * are disputed: what they cover is both negated and plain.
 */
import { BREAK, QUOTE, type Tokens } from '../text/tokenize.js';
import { AnsweredQuestion, closesClause } from './answered-question.js';
import type { Cues } from './lexicon.js';
import { memoryAfter } from './memory-words.js';
import { FORGOTTEN, HYPOTHETICAL, NEGATED, PLAIN } from './occurrence-flags.js';
import { startsAt, type PhraseHits } from './phrase-lookup.js';
import { attributive, contestedFrom } from './verdict-scope.js';
import { bridgesTo, concedes, finiteDenial, opensWithCopula, wordAt } from './verb-forms.js';
import { relaysReport, withholdsConfirmation } from './withheld-confirmation.js';

export class Polarity {
  /** The sentence has a negation or denial cue anywhere. */
  negative = false;
  /** The sentence has a contrast cue ("despite", "even though"): it sets what happened against a negation. */
  contested = false;
  /** Tokens of the memory words a negation governs ("recall" in "does not recall"). */
  readonly forgetting: number[] = [];
  /** The token of the first negation right after a comma ("about the campaign, not his Senate work"), or -1. */
  contrastingNegation = -1;
  /** The token of a denial verb closing its clause ("..., an account the department disputed."), or -1, and where that clause starts. */
  closingDenial = -1;
  closingClauseStart = -1;
  private flags = new Uint8Array(256);
  private inQuotes = new Uint8Array(256);
  private from = 0;
  /** 1 at each cue feature: asked of every phrase of a sentence, so an array read, not a set lookup. */
  private readonly isCue: Uint8Array;
  private readonly answer = new AnsweredQuestion();

  constructor(private readonly cues: Cues) {
    // A report verb only qualifies a negation just before it; elsewhere it is an ordinary word.
    // Inquiry nouns and topic links say what words mean, not whether they are affirmed.
    const ordinary = new Set([cues.reportVerb, cues.memory, cues.inquiry, cues.topicLink]);
    const marking = Object.values(cues).filter((cue) => cue >= 0 && !ordinary.has(cue));
    this.isCue = new Uint8Array(Math.max(-1, ...marking) + 1);
    for (const cue of marking) this.isCue[cue] = 1;
  }

  /** PLAIN, NEGATED and/or HYPOTHETICAL for token i of the sentence last marked. */
  at(token: number): number {
    return this.flags[token - this.from]!;
  }

  /** Whether a word at token `at` stands before a negation following a comma: "about A, not B" contrasts B with A, it does not deny A. */
  contrastedBefore(at: number): boolean {
    return this.contrastingNegation >= 0 && at < this.contrastingNegation;
  }

  /** Whether tokens [first, last] hold a negated memory word ("recall" in "does not recall"). */
  forgetsWithin(first: number, last: number): boolean {
    for (const token of this.forgetting) if (token >= first && token <= last) return true;
    return false;
  }

  /** Whether token i lies inside quotation marks. */
  quoted(token: number): boolean {
    return this.inQuotes[token - this.from] === 1;
  }

  /**
   * Marks tokens [from, to), given the phrases found there (in order of first token); `text`:
   * the block's original text, which the tokens' offsets index.
   */
  mark(tokens: Tokens, hits: PhraseHits, from: number, to: number, text: string): void {
    if (this.flags.length < to - from) {
      this.flags = new Uint8Array((to - from) * 2);
      this.inQuotes = new Uint8Array((to - from) * 2);
    }
    this.from = from;
    this.negative = false;
    this.forgetting.length = 0;
    this.contrastingNegation = this.closingDenial = -1;
    this.answer.reset();
    const { flags, inQuotes, isCue, answer } = this;
    const { negation, denial, denialAfter, contrast, hypothetical, hypotheticalAfter, clauseBreak, neutral, restore, speech } = this.cues;
    // A disputed negation (or memory lapse) is also plain (see verdict-scope.ts).
    const disputedFrom = contestedFrom(text, tokens, hits, contrast, from, to);
    this.contested = disputedFrom < to;
    const disputable = (how: number) => (i: number) => (i >= disputedFrom ? PLAIN | how : how);
    const negatedAt = disputable(NEGATED);
    const forgottenAt = disputable(FORGOTTEN);
    let state = PLAIN;
    let clauseStart = from;
    let previousClauseStart = from;
    let olderClauseStart = from;
    let cueEnd = -1;
    // The object a denial cue names ("questioned their reliability") is what it denies.
    let denialEnd = -1;
    let hypotheticalEnd = -1;
    let withheld = false;
    let negationEnd = -1;
    let negationAt = -1;
    // The memory word a negation governs ("does not recall"), looked for only when no report verb follows it.
    let forgotten = -1;
    // The noun a verdict adjective qualifies ("the unverified intercepts"), the only word it judges.
    let judgedNoun = -1;
    let quote = 0;
    let h = 0;
    for (let i = from; i < to; i++) {
      const id = tokens.ids[i];
      if (id === QUOTE) quote ^= 1;
      inQuotes[i - from] = quote;
      // A colon or comma right after a denial ("DOJ pushes back: ...") introduces what is denied.
      if (id === BREAK && !(denialEnd === i - 1 && state !== PLAIN)) {
        state = PLAIN;
        olderClauseStart = previousClauseStart;
        previousClauseStart = clauseStart;
        clauseStart = i + 1;
      }
      while (h < hits.count && hits.first[h]! < i) h++;
      // The longest cue starting here; "not only" (neutral) cancels the "not" inside it.
      let cue = -1;
      let last = -1;
      for (; h < hits.count && hits.first[h] === i; h++) {
        const feature = hits.feature[h]!;
        if (isCue[feature] !== 1 || cue === neutral) continue;
        if (feature === neutral || hits.last[h]! > last) {
          cue = feature;
          last = hits.last[h]!;
        }
      }
      // "should not", "refused to confirm or deny": inside a hypothetical cue, it denies nothing.
      if ((cue === negation || cue === denial) && i <= hypotheticalEnd) cue = -1;
      if (cue === hypothetical) {
        hypotheticalEnd = last;
        withheld = withholdsConfirmation(text, tokens, last);
        answer.ask(tokens, i, last, text);
      }
      if (cue >= 0) cueEnd = Math.max(cueEnd, last);
      // "does not dispute that the Russians meddled", "nobody denies ...": a denial negated grants what it names.
      const grants = cue === denial && negationEnd >= 0 && bridgesTo(text, tokens, negationEnd, i);
      if (cue === negation) {
        negationEnd = last;
        negationAt = i;
      }
      if (cue === denial && !grants) denialEnd = last;
      if (cue === negation && last === i) answer.no(tokens, i, text);
      if (cue === negation && tokens.ids[i - 1] === BREAK && this.contrastingNegation < 0) this.contrastingNegation = i;
      if (cue === negation && startsAt(hits, h, last + 1, this.cues.reportVerb)) {
        // "It does not say Sessions discussed the campaign": neither stated nor denied, though
        // the sentence is negative ("he had not understood the question to cover ...").
        this.negative = true;
        state = HYPOTHETICAL;
      } else if (grants) {
        // "did not deny discussing it", "would neither confirm nor deny": left open, not granted.
        state = concedes(text, tokens, negationAt) ? PLAIN : HYPOTHETICAL;
      } else if (cue === negation && (forgotten = memoryAfter(text, tokens, hits, h, last, this.cues.memory)) >= 0) {
        // "He does not (specifically) recall meeting the ambassador" forgets the meeting; it denies nothing.
        this.negative = true;
        this.forgetting.push(forgotten);
        state = forgottenAt(i);
      } else if (cue === denial && i > clauseStart && closesClause(tokens, last + 1, to) && finiteDenial(text, tokens, i)) {
        // "..., an account the Justice Department disputed.": a denial verb closing its clause denies what it named before it.
        this.negative = true;
        this.closingDenial = i;
        this.closingClauseStart = clauseStart;
        for (let k = clauseStart; k < i; k++) flags[k - from] = negatedAt(i);
        state = negatedAt(i);
      } else if (cue === negation || cue === denial) {
        this.negative = true;
        state = negatedAt(i);
      } else if (cue === speech && denialEnd === i - 2 && tokens.ids[i - 1] === BREAK && wordAt(text, tokens, i).endsWith('ing')) {
        // "He pushed back, pointing out that Sessions later said ...": the participle brings the
        // pusher's own argument, stated, not what the push-back denies.
        state = PLAIN;
      } else if (cue === hypothetical) state = HYPOTHETICAL;
      else if (cue === clauseBreak || cue === restore) {
        state = PLAIN;
        clauseStart = i;
      } else if (cue === denialAfter && attributive(text, tokens, i, last, from, to)) {
        // "an uncorroborated intercept": it qualifies the noun after it, it judges no clause.
        this.negative = true;
        judgedNoun = last + 1;
      } else if (cue === denialAfter) {
        this.negative = true;
        // "... called it what it is: a witch hunt": a verdict standing alone after a colon or
        // comma judges the clause before it.
        // A clause opening with its verb ("..., or knew of anybody colluding, is a lie") judges
        // the subject named before the aside.
        const judged = i === clauseStart ? previousClauseStart : opensWithCopula(text, tokens, clauseStart) ? olderClauseStart : clauseStart;
        for (let k = judged; k < i; k++) flags[k - from] = negatedAt(i);
      } else if (cue === hypotheticalAfter) {
        for (let k = clauseStart; k < i; k++) flags[k - from] = HYPOTHETICAL;
      }
      // "declined to confirm the report that ...": the report's words are relayed.
      if (cue < 0 && withheld && state === HYPOTHETICAL && relaysReport(text, tokens, i)) state = PLAIN;
      if (i === judgedNoun) flags[i - from] = negatedAt(i);
      else flags[i - from] = cue < 0 && i <= denialEnd ? PLAIN | NEGATED : cue >= 0 || i <= cueEnd ? PLAIN : state;
    }
    // A question answered "no" negates what it asked; its own negation made the sentence negative.
    answer.deny(tokens, flags, from, to, HYPOTHETICAL, negatedAt);
  }
}
