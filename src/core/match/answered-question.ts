/**
 * A question a sentence asks and answers "no" (polarity.ts): "Leahy asked whether he had met any
 * Russians; Sessions answered no." closes the sentence with a one-word "no", and 'He replied
 * "No" when Leahy asked whether he had been in contact ...' quotes the answer before the question.
 * Either answer denies what was asked, so the words the question left hypothetical are negated.
 */
import { BREAK, QUOTE, type Tokens } from '../text/tokenize.js';

export class AnsweredQuestion {
  /** The sentence asks something (it has a hypothetical cue: "whether", "asked if"). */
  private asked = false;
  /** The last one-word negation ("no", "never"). */
  private lastNo = -1;
  /** The first one-word negation quoted on its own ('"No"'). */
  private quotedNo = -1;

  /** A new sentence. */
  reset(): void {
    this.asked = false;
    this.lastNo = -1;
    this.quotedNo = -1;
  }

  /** A hypothetical cue. */
  ask(): void {
    this.asked = true;
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
    if (!this.asked) return;
    if (this.lastNo >= 0 && onlyPunctuationAfter(tokens, this.lastNo + 1, to)) {
      for (let k = 0; k < this.lastNo - from; k++) if (flags[k] === open) flags[k] = negatedAt(k + from);
    } else if (this.quotedNo >= 0) {
      for (let k = this.quotedNo + 1 - from; k < to - from; k++) if (flags[k] === open) flags[k] = negatedAt(k + from);
    }
  }
}

const ANSWER_VERB_BEFORE = /\b(?:answered|answers|replied|replies|responded|responds|said|says)\s+$/;
const ANSWER_END_AFTER = /^\s*(?:$|[,;:.!?"”]|(?:when|to|after)\b)/;

/** The one-word "no" at token i follows an answering verb and ends the answer. */
function bareAnswer(text: string, tokens: Tokens, i: number): boolean {
  const start = tokens.starts[i]!;
  const end = tokens.ends[i]!;
  return ANSWER_VERB_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && ANSWER_END_AFTER.test(text.slice(end, end + 8));
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
