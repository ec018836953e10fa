/**
 * What a word reads as, told from its written form in the block's original text (the tokens'
 * offsets index it): tests the polarity marker (polarity.ts) makes on verbs around its cues.
 */
import type { Tokens } from '../text/tokenize.js';

/**
 * Whether the denial cue at token i reads as a verb that has denied or denies ("disputed",
 * "rejects", "brushed aside"), not as a noun ("a contest", "his denials") or "stands by".
 */
export function finiteDenial(text: string, tokens: Tokens, i: number): boolean {
  return /(?:ed|es|cts)$/i.test(text.slice(tokens.starts[i], tokens.ends[i]));
}

/** Whether the clause starting at token `at` opens with "is", "was", "are" or "were": its subject stands before it. */
export function opensWithCopula(text: string, tokens: Tokens, at: number): boolean {
  return /^(?:is|was|are|were)$/i.test(text.slice(tokens.starts[at], tokens.ends[at]));
}
