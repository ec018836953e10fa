/**
 * Where a sentence's contrast starts to dispute its negations. "Despite his denials", "contradicts
 * his claim that he had not": a contrast cue puts every negation of the sentence in dispute. But a
 * dispute verb coordinated with the clause before it ("Flores said he never discussed it and cast
 * doubt on the report") is that speaker disputing what follows: the negation they have just made
 * stands, and only negations after the verb are in dispute.
 */
import type { Tokens } from '../text/tokenize.js';
import type { PhraseHits } from './phrase-lookup.js';
import { wordAt } from './verb-forms.js';

/** The first token whose negations are disputed, or `to` when none are. */
export function contestedFrom(text: string, tokens: Tokens, hits: PhraseHits, contrast: number, from: number, to: number): number {
  let start = to;
  for (let h = 0; h < hits.count; h++) {
    if (hits.feature[h] !== contrast) continue;
    const at = hits.first[h]!;
    if (!coordinatedVerb(text, tokens, at, from)) return from;
    start = Math.min(start, at);
  }
  return start;
}

/** "and cast", "and contradicted", "and undercuts": a finite verb right after "and". */
function coordinatedVerb(text: string, tokens: Tokens, at: number, from: number): boolean {
  return at > from && wordAt(text, tokens, at - 1) === 'and' && /(?:ed|s|cast|cut)$/.test(wordAt(text, tokens, at));
}
