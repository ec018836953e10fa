/**
 * A question a sentence asks and answers "no" (polarity.ts): "Leahy asked whether he had met any
 * Russians; Sessions answered no." closes the sentence with a one-word "no", and 'He replied
 * "No" when Leahy asked whether he had been in contact ...' quotes the answer before the question.
 * Either answer denies what was asked, so the words the question left hypothetical are negated,
 * up to the next question ("..., but he did not address whether ..." is asked, not answered).
 * A "no" to what someone would do ("asked whether he would resign") refuses it: it denies
 * nothing that happened.
 */
import { BREAK, QUOTE, type Tokens } from '../text/tokenize.js';

export class AnsweredQuestion {
  /** The first tokens of the questions the sentence asks (its hypothetical cues: "whether", "asked if"). */
  private readonly questions: number[] = [];
  /** Per question, whether it asks what someone will do ("whether he would resign"). */
  private readonly ahead: boolean[] = [];
  private questionEnd = -1;
  /** The last one-word negation ("no", "never"). */
  private lastNo = -1;
  /** The first one-word negation quoted on its own ('"No"'). */
  private quotedNo = -1;

  /** A new sentence. */
  reset(): void {
    this.questions.length = 0;
    this.ahead.length = 0;
    this.questionEnd = -1;
    this.lastNo = -1;
    this.quotedNo = -1;
  }

  /** A hypothetical cue over tokens [at, last]; one inside or right after the last ("wanted to know whether") is the same question. */
  ask(tokens: Tokens, at: number, last: number, text: string): void {
    const ahead = FUTURE_AFTER.test(text.slice(tokens.ends[last], tokens.ends[last]! + 40));
    const same = this.questions.length > 0 && at <= this.questionEnd + 1;
    this.questionEnd = Math.max(this.questionEnd, last);
    if (same) this.ahead[this.ahead.length - 1] ||= ahead;
    else {
      this.questions.push(at);
      this.ahead.push(ahead);
    }
  }

  /** A one-word negation at token i of `text`, the block's original text. */
  no(tokens: Tokens, i: number, text: string): void {
    // "... Sessions' word against nobody's.": a possessive is no answer.
    if (/^['’]s\b/.test(text.slice(tokens.ends[i], tokens.ends[i]! + 3))) return;
    this.lastNo = i;
    // '"No"', or '"No,"' with the comma inside the quotation marks (American style).
    const closing = tokens.ids[i + 1] === BREAK ? i + 2 : i + 1;
    if (tokens.ids[i - 1] === QUOTE && tokens.ids[closing] === QUOTE && this.quotedNo < 0) this.quotedNo = i;
    // 'He answered no when the committee asked whether ...': unquoted, the "no" right after an
    // answering verb is still the whole answer (unlike "answered no questions about it").
    else if (this.quotedNo < 0 && bareAnswer(text, tokens, i)) this.quotedNo = i;
  }

  /**
   * Where an answer denies the question, turns the flags of tokens [from, to) that read `open`
   * (hypothetical: what was asked) into what `negatedAt` gives for its token (polarity.ts's flags).
   */
  deny(tokens: Tokens, flags: Uint8Array, from: number, to: number, open: number, negatedAt: (token: number) => number): void {
    const { questions, ahead } = this;
    const closing = this.lastNo >= 0 && onlyPunctuationAfter(tokens, this.lastNo + 1, to);
    if (questions.length === 0 || (!closing && this.quotedNo < 0)) return;
    const first = closing ? from : this.quotedNo + 1;
    let end = closing ? this.lastNo : to;
    // The question answered: the first one after a leading answer, else the last one before it.
    let asked = closing ? -1 : questions.findIndex((at) => at >= first);
    if (asked < 0) asked = lastBefore(questions, end);
    if (asked < 0 || ahead[asked]) return;
    if (!closing && asked + 1 < questions.length && questions[asked + 1]! > first) end = questions[asked + 1]!;
    for (let k = first - from; k < end - from; k++) if (flags[k] === open) flags[k] = negatedAt(k + from);
  }
}

/** The index of the last of `starts` before token `end`, or -1. */
function lastBefore(starts: readonly number[], end: number): number {
  let found = -1;
  for (let q = 0; q < starts.length && starts[q]! < end; q++) found = q;
  return found;
}

/** A question's content about what someone would or will do: its subject (a few words) then a modal or an intention. */
const FUTURE_AFTER = /^\s+(?:[\w.'’-]+\s+){0,3}?(?:would|will|wo|is going to|was going to|plans? to|planned to|intends? to|intended to)\b/i;

const ANSWER_VERB_BEFORE = /\b(?:answered|answers|replied|replies|responded|responds|said|says)\s+$/;
// "said no to a request" refuses; "answered no to the question" answers.
const ANSWER_END_AFTER = /^\s*(?:$|[,;:.!?"”]|(?:when|after)\b|to\s+(?:the|a|each|both)\s+(?:\w+\s+)?questions?\b)/;

/** The one-word "no" at token i follows an answering verb and ends the answer. */
function bareAnswer(text: string, tokens: Tokens, i: number): boolean {
  const start = tokens.starts[i]!;
  const end = tokens.ends[i]!;
  return ANSWER_VERB_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && ANSWER_END_AFTER.test(text.slice(end, end + 30));
}

/** Nothing but punctuation and quotation marks from token `at` to the sentence end `to`. */
export function onlyPunctuationAfter(tokens: Tokens, at: number, to: number): boolean {
  for (let i = at; i < to; i++) if (tokens.ids[i]! >= 0) return false;
  return true;
}

/** The clause ends at token `at`: a comma, colon or dash, or the sentence end `to`. */
export function closesClause(tokens: Tokens, at: number, to: number): boolean {
  return at >= to || tokens.ids[at] === BREAK || onlyPunctuationAfter(tokens, at, to);
}
