/**
 * What a word reads as, told from its written form in the block's original text (the tokens'
 * offsets index it): tests the polarity marker (polarity.ts, verdict-scope.ts), the sentence pass
 * (sentence.ts: opening participles) and the subject readers (unknown-subject.ts,
 * denial-subject.ts) make on words around their cues, with the closed sets of auxiliaries, modals
 * and subject pronouns they share.
 */
import { QUOTE, type Tokens } from '../text/tokenize.js';

/**
 * Whether the denial cue at token i reads as a verb that has denied or denies ("disputed",
 * "rejects", "brushed aside"), not as a noun ("a contest", "his denials") or "stands by".
 */
export function finiteDenial(text: string, tokens: Tokens, i: number): boolean {
  return /(?:ed|es|cts)$/.test(wordAt(text, tokens, i));
}

/** Verbs whose finite forms do not end as finiteDenial expects ("cast doubt on", "undercut"). */
const IRREGULAR_FINITE = new Set(['cast', 'casts', 'undercut', 'undercuts', 'belie', 'belies']);

/** Whether the cue at token i reads as a finite verb: as finiteDenial tells, or an irregular form. */
export function finiteVerb(text: string, tokens: Tokens, i: number): boolean {
  return finiteDenial(text, tokens, i) || IRREGULAR_FINITE.has(wordAt(text, tokens, i));
}

/** Whether the clause starting at token `at` opens with "is", "was", "are" or "were": its subject stands before it. */
export function opensWithCopula(text: string, tokens: Tokens, at: number): boolean {
  return /^(?:is|was|are|were)$/.test(wordAt(text, tokens, at));
}

/** Negations that, before a denial verb, concede what it names: "never denied", "nobody disputes". */
const CONCEDING = new Set(['never', 'nobody', 'no', 'none']);
/** Present-tense auxiliaries: "does not dispute that ..." concedes; "did not deny" only leaves it open. */
const PRESENT = new Set(['does', 'do']);

/**
 * Whether the negation at token `at`, right before a denial verb, concedes what the verb would
 * deny ("has never denied meeting him", "nobody disputes", "does not dispute that"), rather than
 * leaving it open ("did not deny discussing it", "would neither confirm nor deny").
 */
export function concedes(text: string, tokens: Tokens, at: number): boolean {
  const word = wordAt(text, tokens, at);
  if (CONCEDING.has(word)) return true;
  if (word.endsWith("n't")) return PRESENT.has(word.slice(0, -3));
  return word === 'not' && at > 0 && PRESENT.has(wordAt(text, tokens, at - 1));
}

/** Words that may stand between a negation and the verb it negates ("has not explicitly denied", "no one is denying"). */
export const BRIDGES: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'does', 'do', 'did', 'ever', 'longer', 'yet', 'even']);
/** Most words a bridge takes. */
export const BRIDGE_REACH = 2;
/** Modal auxiliaries, with "ca" and "wo" as the tokenizer splits "can't" and "won't": what they govern may, will or would happen. */
export const MODALS: ReadonlySet<string> = new Set(['may', 'might', 'will', 'would', 'could', 'can', 'should', 'shall', 'must', 'ca', 'wo']);
/** Pronouns that are only ever subjects ("it" is an object as often). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they']);

/** Whether a word may stand between a verb and what leads up to it: an auxiliary or an adverb ("has", "firmly"). */
export function bridging(word: string): boolean {
  return BRIDGES.has(word) || endsInLy(word, word.length);
}

/** Whether the negation ending at token `end` negates the verb at token `at`: next to it, or across a bridge. */
export function bridgesTo(text: string, tokens: Tokens, end: number, at: number): boolean {
  if (at <= end || at - end - 1 > BRIDGE_REACH) return false;
  for (let k = end + 1; k < at; k++) {
    if (!bridging(wordAt(text, tokens, k))) return false;
  }
  return true;
}

/** The word at token `at` as written, in lower case, with a typographic apostrophe made plain. */
export function wordAt(text: string, tokens: Tokens, at: number): string {
  return text.slice(tokens.starts[at], tokens.ends[at]).toLowerCase().replace(/\u2019/g, "'");
}

/** The word ending at `end` ends in "-ing", in any case: read from the text, without a lower-cased copy of it. */
export function endsInIng(text: string, end: number): boolean {
  if (end < 3) return false;
  // Only "I"/"i" give 0x69 when or-ed with 0x20, and likewise for "n" and "g".
  return (text.charCodeAt(end - 3) | 0x20) === 0x69 && (text.charCodeAt(end - 2) | 0x20) === 0x6e && (text.charCodeAt(end - 1) | 0x20) === 0x67;
}

/** The word ending at `end` ends in "-ly" (an adverb: "honestly", "specifically"), read as endsInIng reads. */
export function endsInLy(text: string, end: number): boolean {
  return end >= 2 && (text.charCodeAt(end - 2) | 0x20) === 0x6c && (text.charCodeAt(end - 1) | 0x20) === 0x79;
}

/** Forms of "take" that say something took place with a noun after them ("took place", "takes effect"). */
const TAKING = new Set(['took', 'take', 'takes', 'taking']);

/**
 * Whether a verb of `verbs`, or "take" with `taken` after it ("took place"), follows from token
 * `at`, across at most BRIDGE_REACH auxiliaries and adverbs ("had reportedly happened", "was
 * formally announced", "took place"); tokens up to `to` are the sentence's.
 */
export function verbAfterBridges(text: string, tokens: Tokens, at: number, to: number, verbs: ReadonlySet<string>, taken: string): boolean {
  for (let k = at; k < to && k - at <= BRIDGE_REACH && tokens.ids[k]! >= -1; k++) {
    const word = wordAt(text, tokens, k);
    if (verbs.has(word)) return true;
    if (TAKING.has(word)) return k + 1 < to && wordAt(text, tokens, k + 1) === taken;
    if (!bridging(word)) return false;
  }
  return false;
}

/** Words that may open a sentence before its opening participle ("Also responding ...", "In responding ..."). */
const OPENERS = new Set(['also', 'in', 'while', 'when', 'after', 'before', 'by', 'even', 'again', 'still', 'and', 'but', 'yet']);

/**
 * Whether the word at token `at` opens the sentence starting at token `from`: first, or after
 * an opening quotation mark and opening words ("Also responding to the report, ...").
 */
export function opensSentence(text: string, tokens: Tokens, from: number, at: number): boolean {
  let k = from;
  if (tokens.ids[k] === QUOTE) k++;
  for (; k < at; k++) if (!OPENERS.has(wordAt(text, tokens, k)) && !endsInLy(text, tokens.ends[k]!)) return false;
  return at - from <= 3;
}
