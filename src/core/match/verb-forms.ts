/**
 * What a word reads as, told from its written form in the block's original text (the tokens'
 * offsets index it): tests the polarity marker (polarity.ts) and the subject reader
 * (unknown-subject.ts) make on words around their cues.
 */
import type { Tokens } from '../text/tokenize.js';

/**
 * Whether the denial cue at token i reads as a verb that has denied or denies ("disputed",
 * "rejects", "brushed aside"), not as a noun ("a contest", "his denials") or "stands by".
 */
export function finiteDenial(text: string, tokens: Tokens, i: number): boolean {
  return /(?:ed|es|cts)$/.test(wordAt(text, tokens, i));
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
const BRIDGES = new Set(['has', 'have', 'had', 'is', 'was', 'are', 'were', 'does', 'do', 'did', 'ever', 'longer', 'yet', 'even']);
/** Most words a bridge takes. */
const BRIDGE_REACH = 2;

/** Whether the negation ending at token `end` negates the verb at token `at`: next to it, or across a bridge. */
export function bridgesTo(text: string, tokens: Tokens, end: number, at: number): boolean {
  if (at <= end || at - end - 1 > BRIDGE_REACH) return false;
  for (let k = end + 1; k < at; k++) {
    const word = wordAt(text, tokens, k);
    if (!BRIDGES.has(word) && !word.endsWith('ly')) return false;
  }
  return true;
}

/** The word at token `at` as written, in lower case, with a typographic apostrophe made plain. */
export function wordAt(text: string, tokens: Tokens, at: number): string {
  return text.slice(tokens.starts[at], tokens.ends[at]).toLowerCase().replace(/\u2019/g, "'");
}

const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their']);

/**
 * Whether the verdict word on tokens [at, last] is an attribute of the noun after it ("an
 * uncorroborated intercept", "the wholly unverified dossier"), not a verdict closing a clause
 * ("called the report false").
 */
export function attributive(text: string, tokens: Tokens, at: number, last: number, from: number, to: number): boolean {
  if (last + 1 >= to || tokens.ids[last + 1]! < -1) return false;
  const before = at - 2 >= from && wordAt(text, tokens, at - 1).endsWith('ly') ? at - 2 : at - 1;
  return before >= from && tokens.ids[before]! >= -1 && DETERMINERS.has(wordAt(text, tokens, before));
}
